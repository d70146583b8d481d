// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The read side of BasedInbox for L1 contracts. Every view returns confirmed facts only, except
/// transientStateRoot, which exists only inside the submission that proves it.
interface IBasedInbox {
    /// The current L1 slot by the inbox's clock.
    function currentSlot() external view returns (uint64);

    /// True when the commitment is a confirmed based block.
    function isConfirmed(bytes32 commitment) external view returns (bool);

    /// The verified post-state root of a confirmed based block; reverts otherwise.
    function provenStateRoot(bytes32 commitment) external view returns (bytes32);

    /// The newest confirmed based block that carried a verified post-state root.
    function latestConfirmedStateRoot()
        external
        view
        returns (bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot);

    /// For post-calls: the proven post-state root of the submission executing in this transaction;
    /// reverts outside one, or when its block carries no proven root.
    function transientStateRoot()
        external
        view
        returns (bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot);
}
