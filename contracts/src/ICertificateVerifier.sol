// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// Checks a sequencer certificate over an EIP-712 digest; reverts with a named error when it does
/// not hold. The inbox checks an ECDSA key itself, or calls one of these (BLSCommittee).
interface ICertificateVerifier {
    function verifyCertificate(bytes32 digest, bytes calldata certificate) external view;
}
