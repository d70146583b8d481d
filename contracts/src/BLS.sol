// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// BLS12-381 signatures of the Ethereum consensus ciphersuite (public keys in G1, signatures in
/// G2, hash-to-curve BLS12381G2_XMD:SHA-256_SSWU_RO_, RFC 9380) on the EIP-2537 precompiles.
/// Points use EIP-2537's uncompressed encoding: an Fp element is 64 bytes (16 zero bytes, then
/// 48 big-endian), a G1 point x ‖ y (128 bytes), a G2 point x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1 (256 bytes).
library BLS {
    address private constant G1_ADD = address(0x0b);
    address private constant G2_ADD = address(0x0d);
    address private constant PAIRING = address(0x0f);
    address private constant MAP_FP2_TO_G2 = address(0x11);
    address private constant MODEXP = address(0x05);

    /// The field modulus p, 48 bytes big-endian.
    bytes private constant P =
        hex"1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab";
    /// -G1 generator, the pairing check's second G1 point.
    bytes private constant NEG_G1 =
        hex"0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"
        hex"00000000000000000000000000000000114d1d6855d545a8aa7d76c8cf2e21f267816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca";

    error PrecompileFailed(address precompile);

    /// Whether sig is a valid signature of message under the (aggregate) public key pk with dst.
    /// The pairing precompile checks both points are in their subgroups.
    function verify(bytes memory pk, bytes memory sig, bytes memory message, bytes memory dst) internal view returns (bool) {
        if (pk.length != 128 || sig.length != 256 || _isZero(pk)) return false;
        bytes memory input = abi.encodePacked(pk, hashToG2(message, dst), NEG_G1, sig);
        (bool ok, bytes memory out) = PAIRING.staticcall(input);
        return ok && out.length == 32 && uint256(bytes32(out)) == 1;
    }

    /// a + b in G1 (the precompile rejects points off the curve).
    function addG1(bytes memory a, bytes memory b) internal view returns (bytes memory) {
        return _call(G1_ADD, abi.encodePacked(a, b), 128);
    }

    /// RFC 9380 hash_to_curve to G2: two field elements of Fp2, each mapped (the precompile also
    /// clears the cofactor, a homomorphism, so adding the mapped points is the standard's result).
    function hashToG2(bytes memory message, bytes memory dst) internal view returns (bytes memory) {
        bytes memory u = expandMessageXmd(message, dst, 256);
        bytes memory q0 = _call(MAP_FP2_TO_G2, abi.encodePacked(_fp(u, 0), _fp(u, 64)), 256);
        bytes memory q1 = _call(MAP_FP2_TO_G2, abi.encodePacked(_fp(u, 128), _fp(u, 192)), 256);
        return _call(G2_ADD, abi.encodePacked(q0, q1), 256);
    }

    /// RFC 9380 §5.3.1 expand_message_xmd with SHA-256 (len at most 255 × 32 bytes).
    function expandMessageXmd(bytes memory message, bytes memory dst, uint16 len) internal pure returns (bytes memory out) {
        bytes memory dstPrime = abi.encodePacked(dst, uint8(dst.length));
        bytes32 b0 = sha256(abi.encodePacked(new bytes(64), message, len, uint8(0), dstPrime));
        bytes32 bi = sha256(abi.encodePacked(b0, uint8(1), dstPrime));
        uint256 ell = (uint256(len) + 31) / 32;
        out = new bytes(ell * 32);
        for (uint256 i = 1; i <= ell; i++) {
            if (i > 1) bi = sha256(abi.encodePacked(b0 ^ bi, uint8(i), dstPrime));
            assembly {
                mstore(add(out, mul(i, 32)), bi)
            }
        }
        assembly {
            mstore(out, len)
        }
    }

    /// The 64 bytes of u at offset reduced mod p, as an EIP-2537 Fp element.
    function _fp(bytes memory u, uint256 offset) private view returns (bytes memory) {
        bytes32 hi;
        bytes32 lo;
        assembly {
            hi := mload(add(add(u, 32), offset))
            lo := mload(add(add(u, 64), offset))
        }
        // modexp(u[offset:offset+64], 1, p) = that number mod p.
        bytes memory r = _call(MODEXP, abi.encodePacked(uint256(64), uint256(1), uint256(48), hi, lo, uint8(1), P), 48);
        return abi.encodePacked(bytes16(0), r);
    }

    function _call(address precompile, bytes memory input, uint256 outLen) private view returns (bytes memory out) {
        bool ok;
        (ok, out) = precompile.staticcall(input);
        if (!ok || out.length != outLen) revert PrecompileFailed(precompile);
    }

    function _isZero(bytes memory b) private pure returns (bool) {
        for (uint256 i = 0; i < b.length; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }
}
