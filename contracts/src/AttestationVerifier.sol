// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStateVerifier} from "./IStateVerifier.sol";
import {Sig} from "./Sig.sol";

error ZeroAttester();

/// A state verifier that trusts one ECDSA key (a devnet prover or a TEE's attestation key). The
/// proof is the attester's 65-byte EIP-712 signature over
/// StateAttestation(parentStateRoot, commitment, postStateRoot) under the domain
/// ("syncboost-attestation", "1", chainId, this contract).
contract AttestationVerifier is IStateVerifier {
    bytes32 public constant ATTESTATION_TYPEHASH =
        keccak256("StateAttestation(bytes32 parentStateRoot,bytes32 commitment,bytes32 postStateRoot)");
    bytes32 private constant NAME_HASH = keccak256("syncboost-attestation");
    bytes32 private constant VERSION_HASH = keccak256("1");

    address public immutable attester;

    constructor(address attester_) {
        if (attester_ == address(0)) revert ZeroAttester();
        attester = attester_;
    }

    function domainSeparator() public view returns (bytes32) {
        return Sig.domainSeparator(NAME_HASH, VERSION_HASH);
    }

    function attestationDigest(bytes32 parentStateRoot, bytes32 commitment, bytes32 postStateRoot)
        public
        view
        returns (bytes32)
    {
        return Sig.digest(
            domainSeparator(), keccak256(abi.encode(ATTESTATION_TYPEHASH, parentStateRoot, commitment, postStateRoot))
        );
    }

    /// A malformed or foreign signature is a rejected proof (false), not a revert.
    function verifyStateTransition(
        bytes32 parentStateRoot,
        bytes32 commitment,
        bytes32 postStateRoot,
        bytes calldata proof
    ) external view returns (bool) {
        return Sig.tryRecover(attestationDigest(parentStateRoot, commitment, postStateRoot), proof) == attester;
    }
}
