// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IBasedInbox} from "../IBasedInbox.sol";

error NotConfirmedOrPending(bytes32 commitment);

/// A searcher-side demo of the atomic flow: preAction is an L1 pre-action, readProvenRoot an L1
/// post-action that uses the L2 outcome proven in the same L1 block, and the public getters are what
/// post-assertions check.
contract SyncDemo {
    IBasedInbox public immutable inbox;
    uint256 public preActions;
    bytes32 public lastCommitment;
    uint64 public lastL2BlockNumber;
    bytes32 public lastStateRoot;

    event PreAction(address indexed sender, uint256 count);
    event ProvenRootRead(bytes32 indexed commitment, uint64 l2BlockNumber, bytes32 stateRoot);

    constructor(IBasedInbox inbox_) {
        inbox = inbox_;
    }

    function preAction() external {
        preActions += 1;
        emit PreAction(msg.sender, preActions);
    }

    /// Reads the state root proven for the based block of this L1 block; reverts when there is none,
    /// so it never acts on an L2 outcome that is not part of this block's based block.
    function readProvenRoot() external {
        (bytes32 commitment, uint64 number, bytes32 root) = inbox.latestProvenStateRoot();
        if (!inbox.isConfirmedOrPending(commitment)) revert NotConfirmedOrPending(commitment);
        lastCommitment = commitment;
        lastL2BlockNumber = number;
        lastStateRoot = root;
        emit ProvenRootRead(commitment, number, root);
    }
}
