// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// Checks that executing the based block identified by `commitment` on the L2 state `parentStateRoot`
/// yields `postStateRoot`. Production: a real-time ZK or TEE proof; devnet: AttestationVerifier.
interface IStateVerifier {
    function verifyStateTransition(
        bytes32 parentStateRoot,
        bytes32 commitment,
        bytes32 postStateRoot,
        bytes calldata proof
    ) external view returns (bool);
}
