// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// The sequencer's signed message (EIP-712 type `SlotEnding`). Field order and types are part of the
/// signature: they must stay identical to bundle.SlotEnding on the Go side.
struct SlotEnding {
    uint256 l2ChainId;
    uint64 l2BlockNumber;
    bytes32 l2BlockHash;
    bytes32 l2ParentHash;
    bytes32 l2StateRoot;
    uint64 l1Slot;
    bytes32 l1ParentHash;
    uint32 seqIndex;
    bool slotEnding;
}

/// The sequencer's certified summary of a batch of consecutive sequenced L2 blocks (EIP-712 type
/// `Batch`, same domain as SlotEnding). Field order and types are part of the signature: they must
/// stay identical to bundle.BatchHeader on the Go side.
struct BatchHeader {
    uint64 l2ChainId;
    // The inbox head the batch extends: the L2 block hash of a sequenced head, or the commitment of a
    // based head (the first block after a based block names that block's commitment).
    bytes32 parentId;
    uint64 firstNumber;
    uint64 lastNumber;
    bytes32 lastHash;
    bytes32 lastStateRoot;
    // The L1 slot the last block carries: certified progress, which keeps based mode closed.
    uint64 l1Slot;
    // 0 = calldata: keccak256(data). 1 = blobs: keccak256 of the transaction's versioned hashes.
    uint8 dataMode;
    bytes32 dataHash;
}

/// A certified batch as sent to the inbox: data is the batch payload in calldata mode, empty in
/// blob mode. An all-zero header means no batch.
struct Batch {
    BatchHeader header;
    bytes certificate;
    bytes data;
}

/// A based block as proposed on L1.
struct BasedBlock {
    // Parent: the slot-ending block's l2BlockHash, the commitment of a based block proposed earlier in
    // this L1 block (based-on-based), or in based mode the inbox's L2 head id.
    bytes32 parentHash;
    // 0 = calldata: txData is the encoded transaction list. 1 = blobs: the list is carried by blobs
    // 0..blobCount-1 of this L1 transaction and txData must be empty.
    uint8 dataMode;
    bytes txData;
    uint8 blobCount;
    // Forced-inclusion entries taken from the queue front; derivation places them before txData.
    uint16 forcedCount;
    // Optional proven L2 outcome: zero postStateRoot means none; otherwise proof goes to the verifier.
    bytes32 postStateRoot;
    bytes proof;
}

/// A post-assertion: staticcall(target, data) must succeed and keccak256(returndata) must equal expect.
struct Assertion {
    address target;
    bytes data;
    bytes32 expect;
}

/// Everything the commitment id binds. commitment = keccak256(abi.encode(CommitmentPreimage)).
struct CommitmentPreimage {
    address inbox;
    uint256 l1ChainId;
    uint64 l1BlockNumber;
    bytes32 l1ParentHash;
    uint64 l1Timestamp;
    address proposer;
    bytes32 parentId;
    uint64 l2BlockNumber;
    uint8 dataMode;
    bytes32 dataHash;
    uint64 forcedStart;
    uint16 forcedCount;
}

/// The payload of BasedBlockProposed: with the log's L1 block it is all an L2 node needs to derive
/// the block once the same commitment is confirmed.
struct ProposedBlock {
    uint64 l2BlockNumber;
    uint64 l1Slot;
    uint8 anchor; // 0 certified slot-ending, 1 based block of this L1 block, 2 based mode on the L2 head
    uint8 dataMode;
    bytes32 dataHash;
    bytes32[] blobHashes;
    bytes txData;
    uint64 forcedStart;
    bytes[] forcedTxs;
    bytes32 parentStateRoot;
    bytes32 postStateRoot;
}

/// The last L2 block whose data is on L1: the end of the newest batch (id is its L2 block hash) or a
/// confirmed based block (id is its commitment, based is true).
struct L2Head {
    bytes32 id;
    bytes32 stateRoot;
    uint64 number;
    uint64 l1Slot;
    bool based;
}

/// Stored state of a proposal, keyed by its commitment.
struct Proposal {
    address proposer;
    uint64 l1Block;
    uint16 forcedCount;
    bool confirmed;
    bytes32 parentId;
    uint64 l2BlockNumber;
    uint64 forcedStart;
    bytes32 postStateRoot;
}

/// Deployment parameters of BasedInbox; nothing is changeable afterwards.
struct InboxConfig {
    uint64 genesisTime;
    uint64 slotSeconds;
    uint256 l2ChainId;
    bytes32 l2GenesisHash;
    bytes32 l2GenesisStateRoot;
    address sequencer;
    address stateVerifier; // zero: proposals cannot carry a post-state root
    uint256 forcedInclusionFee; // exact wei per entry, paid to the proposer that includes it
    uint64 forcedInclusionDelay; // seconds after enqueueing before an entry is due
    uint16 forcedInclusionCap; // max entries per based block
    uint32 forcedTxMaxBytes;
    /// 0: a slot-ending message carries the explicit `slotEnding` flag; N > 0: the sequenced block
    /// with `seqIndex` N of its slot ends it, whatever the flag says.
    uint32 implicitSlotEndingIndex;
    /// Zero: certificates are the `sequencer` key's ECDSA signatures. Otherwise the contract that
    /// checks them (ICertificateVerifier, e.g. a BLSCommittee), and `sequencer` must be zero.
    address certificateVerifier;
}

/// A searcher's L1 action (EIP-712 type `BasedCall`, domain "syncboost account" / "1" with the
/// account as verifying contract): the account runs call(target, value, data) when the named inbox
/// asks during the named L1 slot, once per nonce, until the deadline, and only as part of the bundle
/// whose id it signs (every call and assertion of the searcher's bundle, see CallBundle), so no one
/// can run it without the rest. Field order and types are part of the signature: they must stay
/// identical to bundle.BasedCall on the Go side.
struct BasedCall {
    uint256 chainId;
    address inbox;
    address submitter; // the only sender of submitBased that may run it: the searcher's chosen sidecar
    uint64 l1Slot;
    address target;
    uint256 value;
    bytes data;
    uint256 nonce;
    uint64 deadline; // unix seconds; the call is refused in any block with a later timestamp
    bytes32 bundleId; // BasedInbox.callBundleId of the bundle the call belongs to
}

/// A BasedCall with the account that runs it and the account's signature over it.
struct SignedCall {
    address account;
    BasedCall call;
    bytes signature;
}

/// One searcher bundle's L1 part: its signed calls and its assertions travel together, and every
/// call signs their id, so the inbox runs all of them or none.
struct CallBundle {
    SignedCall[] preCalls;
    SignedCall[] postCalls;
    Assertion[] assertions;
}

/// Everything one atomic submission runs, in this order: the anchor checks, every bundle's
/// pre-calls, the proposal, each bundle's post-calls and then its assertions, the confirmation.
/// Any failure reverts all of it.
struct Submission {
    SlotEnding slotEnding;
    bytes certificate;
    // Optional, with a certificate only: the sequenced blocks from the inbox head up to the
    // slot-ending block, in calldata, so the block the based block builds on is on L1 with it.
    Batch batch;
    BasedBlock blk;
    CallBundle[] bundles;
}
