// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// A signature is not 65 bytes r||s||v with v in {27,28} and low s, or recovers no address.
error InvalidSignature();

/// EIP-712 helpers and the ECDSA rules shared with the Go side: 65 bytes r||s||v, v in {27,28},
/// s in the lower half of the curve order, never the zero address.
library Sig {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    uint256 internal constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    function domainSeparator(bytes32 nameHash, bytes32 versionHash) internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, nameHash, versionHash, block.chainid, address(this)));
    }

    function digest(bytes32 separator, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", separator, structHash));
    }

    /// Returns the signer, or the zero address for any signature the rules reject.
    function tryRecover(bytes32 hash, bytes calldata sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v != 27 && v != 28) return address(0);
        if (uint256(s) > HALF_ORDER) return address(0);
        return ecrecover(hash, v, r, s);
    }

    function recover(bytes32 hash, bytes calldata sig) internal pure returns (address signer) {
        signer = tryRecover(hash, sig);
        if (signer == address(0)) revert InvalidSignature();
    }
}
