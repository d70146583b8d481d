// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The fee sent with enqueueForcedTransaction is not exactly the configured fee.
error WrongForcedInclusionFee(uint256 sent, uint256 required);
/// A forced transaction is empty or larger than the configured maximum.
error ForcedTransactionSize(uint256 size, uint256 max);
/// A based block consumes fewer forced entries than are due (up to the per-block cap).
error ForcedInclusionDue(uint256 due, uint256 included);
/// A based block consumes more forced entries than are queued or than the per-block cap.
error TooManyForcedEntries(uint256 included, uint256 max);
/// A forced transaction was sent from inside a submission.
error EnqueueDuringSubmission();

/// FIFO queue of raw L2 transactions that based blocks must include once they are due. The queue
/// stores bytes as sent and never decodes them: derivation skips an entry that is not a valid
/// transaction, so one malformed entry cannot void the others or the block.
abstract contract ForcedInclusionQueue {
    struct ForcedEntry {
        uint64 enqueuedAt;
        bytes rawTx;
    }

    uint256 public immutable forcedInclusionFee;
    uint64 public immutable forcedInclusionDelay;
    uint16 public immutable forcedInclusionCap;
    uint32 public immutable forcedTxMaxBytes;

    /// Index of the first entry not yet consumed by a confirmed based block.
    uint64 public forcedHead;
    /// Index the next enqueued entry gets.
    uint64 public forcedTail;
    mapping(uint64 index => ForcedEntry) internal forcedEntries;

    event ForcedTransactionEnqueued(uint64 indexed index, address indexed sender, uint64 enqueuedAt, bytes rawTx);

    constructor(uint256 fee, uint64 delay, uint16 cap, uint32 maxBytes) {
        forcedInclusionFee = fee;
        forcedInclusionDelay = delay;
        forcedInclusionCap = cap;
        forcedTxMaxBytes = maxBytes;
    }

    /// Appends a raw L2 transaction (EIP-2718 bytes) to the queue; msg.value must equal the fee.
    function enqueueForcedTransaction(bytes calldata rawTx) external payable returns (uint64 index) {
        if (!_enqueueAllowed()) revert EnqueueDuringSubmission();
        if (msg.value != forcedInclusionFee) revert WrongForcedInclusionFee(msg.value, forcedInclusionFee);
        if (rawTx.length == 0 || rawTx.length > forcedTxMaxBytes) {
            revert ForcedTransactionSize(rawTx.length, forcedTxMaxBytes);
        }
        index = forcedTail++;
        forcedEntries[index] = ForcedEntry(uint64(block.timestamp), rawTx);
        emit ForcedTransactionEnqueued(index, msg.sender, uint64(block.timestamp), rawTx);
    }

    /// Whether enqueueing is allowed now; the inbox refuses it during a submission.
    function _enqueueAllowed() internal view virtual returns (bool);

    function forcedEntry(uint64 index) external view returns (uint64 enqueuedAt, bytes memory rawTx) {
        ForcedEntry storage e = forcedEntries[index];
        return (e.enqueuedAt, e.rawTx);
    }

    /// How many entries from `start` are due at `timestamp`, capped at the per-block cap.
    function countDueForced(uint64 start, uint64 timestamp) public view returns (uint256 due) {
        uint64 tail = forcedTail;
        for (uint64 i = start; i < tail && due < forcedInclusionCap; i++) {
            if (uint256(forcedEntries[i].enqueuedAt) + forcedInclusionDelay > timestamp) break;
            due++;
        }
    }

    /// Whether the oldest unconsumed entry has been due for at least `grace` seconds at `timestamp`.
    function _overdueSince(uint64 timestamp, uint64 grace) internal view returns (bool) {
        uint64 i = forcedHead;
        if (i >= forcedTail) return false;
        return uint256(forcedEntries[i].enqueuedAt) + forcedInclusionDelay + grace <= timestamp;
    }

    /// Checks that `count` entries from `start` satisfy the due rule and the cap, and returns them.
    function _takeForced(uint64 start, uint16 count) internal view returns (bytes[] memory txs) {
        uint256 available = forcedTail - start;
        uint256 max = available < forcedInclusionCap ? available : forcedInclusionCap;
        if (count > max) revert TooManyForcedEntries(count, max);
        uint256 due = countDueForced(start, uint64(block.timestamp));
        if (count < due) revert ForcedInclusionDue(due, count);
        txs = new bytes[](count);
        for (uint256 i = 0; i < count; i++) {
            txs[i] = forcedEntries[start + uint64(i)].rawTx;
        }
    }
}
