// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The read side of BasedInbox that L1 post-actions use within the based block's L1 block.
interface IBasedInbox {
    /// True when the commitment is confirmed, or proposed in the current L1 block and not yet confirmed.
    function isConfirmedOrPending(bytes32 commitment) external view returns (bool);

    /// The verified post-state root of a confirmed or currently pending based block; reverts otherwise.
    function provenStateRoot(bytes32 commitment) external view returns (bytes32);

    /// The most recent based block of the current L1 block that carried a verified post-state root.
    function latestProvenStateRoot()
        external
        view
        returns (bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot);
}
