// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IBasedInbox} from "../IBasedInbox.sol";

error NotLocked(address account);
error AlreadyLocked(address account);
error RefundFailed(address account, uint256 amount);

/// A searcher-side demo of one atomic submission: lock is a pre-call (value is held on L1), release
/// a post-call that pays it back only against the L2 outcome proven in the same transaction
/// (transientStateRoot reverts anywhere else), and the public getters are what assertions check.
/// Every root it records is therefore a confirmed based block's (though not bound to the caller's
/// own L2 transactions: a real release would check a storage proof against it).
contract SyncDemo {
    IBasedInbox public immutable inbox;
    uint256 public preActions;
    uint256 public releases;
    mapping(address account => uint256 amount) public locked;
    bytes32 public lastCommitment;
    uint64 public lastL2BlockNumber;
    bytes32 public lastStateRoot;

    event Locked(address indexed account, uint256 amount, uint256 count);
    event PreAction(address indexed account, uint256 count);
    event Released(address indexed account, bytes32 indexed commitment, uint64 l2BlockNumber, bytes32 stateRoot);

    constructor(IBasedInbox inbox_) {
        inbox = inbox_;
    }

    /// The L1 lock (a pre-call): holds msg.value for the sender until a proven L2 outcome releases it.
    function lock() external payable {
        if (locked[msg.sender] != 0) revert AlreadyLocked(msg.sender);
        locked[msg.sender] = msg.value + 1; // +1: a zero-value lock is still a lock
        preActions += 1;
        emit Locked(msg.sender, msg.value, preActions);
    }

    /// A plain L1 action that needs no L2 state (a raw pre-transaction in the demo).
    function preAction() external {
        preActions += 1;
        emit PreAction(msg.sender, preActions);
    }

    /// The L1 release (a post-call): reverts unless this transaction's submission proved an L2
    /// state root, then records it and returns the sender's locked value.
    function release() external {
        (bytes32 commitment, uint64 number, bytes32 root) = inbox.transientStateRoot();
        uint256 amount = locked[msg.sender];
        if (amount == 0) revert NotLocked(msg.sender);
        delete locked[msg.sender];
        releases += 1;
        (lastCommitment, lastL2BlockNumber, lastStateRoot) = (commitment, number, root);
        emit Released(msg.sender, commitment, number, root);
        (bool ok,) = msg.sender.call{value: amount - 1}("");
        if (!ok) revert RefundFailed(msg.sender, amount - 1);
    }
}
