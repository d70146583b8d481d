// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {
    SlotEnding,
    BatchHeader,
    Batch,
    BasedBlock,
    Assertion,
    CommitmentPreimage,
    ProposedBlock,
    L2Head,
    Proposal,
    InboxConfig,
    SignedCall,
    CallBundle,
    Submission
} from "./Types.sol";
import {Sig} from "./Sig.sol";
import {ReturnData} from "./ReturnData.sol";
import {IStateVerifier} from "./IStateVerifier.sol";
import {IBasedInbox} from "./IBasedInbox.sol";
import {IBasedAccount} from "./IBasedAccount.sol";
import {ICertificateVerifier} from "./ICertificateVerifier.sol";
import {ForcedInclusionQueue} from "./ForcedInclusionQueue.sol";

error InvalidConfig(string field);
error BeforeGenesis(uint64 genesisTime, uint64 timestamp);
error WrongSlot(uint64 currentSlot, uint64 messageSlot);
error WrongL1Parent(bytes32 expected, bytes32 got);
error NotSlotEnding();
error WrongL2Chain(uint256 expected, uint256 got);
error NotSequencer(address signer);
error SlotEndingNotOnHead(bytes32 headId, uint64 headNumber, bytes32 l2BlockHash, uint64 l2BlockNumber);
error BatchNotOnHead(bytes32 headId, uint64 headNumber, bytes32 parentId, uint64 firstNumber);
error BatchRange(uint64 firstNumber, uint64 lastNumber);
error BatchDataMismatch(bytes32 expected, bytes32 got);
error BatchBlobsInSubmission();
error UnexpectedBatch();
error ParentMismatch(bytes32 expected, bytes32 got);
error CertificateRequired(uint64 lastCertifiedSlot, uint64 currentSlot);
error UnknownDataMode(uint8 mode);
error UnexpectedTxData();
error UnexpectedBlobCount(uint8 blobCount);
error MissingBlob(uint256 index);
error NoStateVerifier();
error ParentStateRootUnknown();
error StateProofRejected(bytes32 parentStateRoot, bytes32 postStateRoot);
error CommitmentExists(bytes32 commitment);
error ParentNotHead(bytes32 parentId, bytes32 headId);
error CallFailed(uint8 leg, uint256 bundle, uint256 index, bytes reason);
error NotAnAccount(uint8 leg, uint256 bundle, uint256 index, address account);
error WrongBundleId(uint8 leg, uint256 bundle, uint256 index, bytes32 bundleId, bytes32 signed);
error WrongSubmitter(uint8 leg, uint256 bundle, uint256 index, address submitter, address sender);
error Reentered();
error AssertionFailed(uint256 bundle, uint256 index, bool callReverted, bytes32 returnDataHash);
error FeeTransferFailed(address to, uint256 amount);
error StateRootNotProven(bytes32 commitment);
error NoProvenStateRoot();

/// The L1 inbox of a sequenced + based rollup. The sequencer commits its blocks in certified batches;
/// a based block is proposed on top of a certified slot-ending block (or a based block of the same
/// L1 block, or in based mode the L2 head) by one transaction that also runs the searchers' signed
/// pre-calls and post-calls and checks their assertions: any failure reverts all of it, the L2 block
/// included. Batches and confirmed based blocks extend one head, so their order in L1 is the L2
/// chain's order. See docs/contracts.md.
contract BasedInbox is IBasedInbox, ForcedInclusionQueue {
    uint64 public constant BASED_MODE_AFTER_SLOTS = 10;
    /// A forced entry still not included this many slots after it became due opens based mode.
    uint64 public constant FORCED_OVERDUE_SLOTS = 4;
    uint8 public constant DATA_CALLDATA = 0;
    uint8 public constant DATA_BLOBS = 1;
    uint8 public constant ANCHOR_SLOT_ENDING = 0;
    uint8 public constant ANCHOR_BASED = 1;
    uint8 public constant ANCHOR_HEAD = 2;
    uint8 public constant LEG_PRE = 0;
    uint8 public constant LEG_POST = 1;
    /// The account's revert data kept in CallFailed (the account cuts its target's to 1024).
    uint256 public constant MAX_CALL_REASON = 2048;
    /// The return data an assertion may produce.
    uint256 public constant MAX_ASSERTION_RETURN = 4096;
    bytes32 public constant SLOT_ENDING_TYPEHASH = keccak256(
        "SlotEnding(uint256 l2ChainId,uint64 l2BlockNumber,bytes32 l2BlockHash,bytes32 l2ParentHash,"
        "bytes32 l2StateRoot,uint64 l1Slot,bytes32 l1ParentHash,uint32 seqIndex,bool slotEnding)"
    );
    bytes32 public constant BATCH_TYPEHASH = keccak256(
        "Batch(uint64 l2ChainId,bytes32 parentId,uint64 firstNumber,uint64 lastNumber,bytes32 lastHash,"
        "bytes32 lastStateRoot,uint64 l1Slot,uint8 dataMode,bytes32 dataHash)"
    );
    bytes32 private constant NAME_HASH = keccak256("syncboost");
    bytes32 private constant VERSION_HASH = keccak256("1");

    uint64 public immutable genesisTime;
    uint64 public immutable slotSeconds;
    uint256 public immutable l2ChainId;
    address public immutable sequencer;
    ICertificateVerifier public immutable certificateVerifier;
    IStateVerifier public immutable stateVerifier;
    /// See InboxConfig: the rule that makes a message slot-ending, the same as the sidecar's.
    uint32 public immutable implicitSlotEndingIndex;

    L2Head internal head;
    /// The L1 slot of the newest certified sequencer message or batch the inbox has seen.
    uint64 public lastCertifiedSlot;
    /// The last block of the newest batch committed: the same batch again is accepted as a no-op.
    bytes32 public lastBatchHash;
    bytes32 internal latestProven;
    mapping(bytes32 commitment => Proposal) internal proposals;

    // The submission in progress: only post-calls of the same transaction can see its proven root.
    bool transient entered;
    bytes32 transient provenCommitment;
    uint64 transient provenNumber;
    bytes32 transient provenRoot;

    event BasedBlockProposed(
        bytes32 indexed commitment, bytes32 indexed parentId, address indexed proposer, ProposedBlock info
    );
    event BasedBlockConfirmed(
        bytes32 indexed commitment, bytes32 indexed parentId, uint64 l2BlockNumber, uint256 assertions
    );
    /// A batch of sequenced blocks firstNumber..lastNumber on parentId. In calldata mode data is the
    /// payload; in blob mode it is empty and blobHashes name the blobs that carry it.
    event BatchCommitted(
        bytes32 indexed lastHash,
        bytes32 indexed parentId,
        uint64 firstNumber,
        uint64 lastNumber,
        uint64 l1Slot,
        uint8 dataMode,
        bytes32[] blobHashes,
        bytes data
    );

    struct Anchor {
        uint8 kind;
        uint64 number;
        bytes32 stateRoot;
        uint64 forcedStart;
    }

    constructor(InboxConfig memory cfg)
        ForcedInclusionQueue(
            cfg.forcedInclusionFee, cfg.forcedInclusionDelay, cfg.forcedInclusionCap, cfg.forcedTxMaxBytes
        )
    {
        if (cfg.slotSeconds == 0) revert InvalidConfig("slotSeconds");
        if ((cfg.sequencer == address(0)) == (cfg.certificateVerifier == address(0))) {
            revert InvalidConfig("sequencer"); // exactly one of sequencer and certificateVerifier
        }
        if (cfg.l2GenesisHash == bytes32(0)) revert InvalidConfig("l2GenesisHash");
        if (cfg.forcedInclusionCap == 0) revert InvalidConfig("forcedInclusionCap");
        if (cfg.forcedTxMaxBytes == 0) revert InvalidConfig("forcedTxMaxBytes");
        genesisTime = cfg.genesisTime;
        slotSeconds = cfg.slotSeconds;
        l2ChainId = cfg.l2ChainId;
        sequencer = cfg.sequencer;
        certificateVerifier = ICertificateVerifier(cfg.certificateVerifier);
        stateVerifier = IStateVerifier(cfg.stateVerifier);
        implicitSlotEndingIndex = cfg.implicitSlotEndingIndex;
        uint64 slot = block.timestamp < cfg.genesisTime ? 0 : currentSlot();
        head = L2Head(cfg.l2GenesisHash, cfg.l2GenesisStateRoot, 0, slot, false);
        lastCertifiedSlot = slot;
    }

    // ---- time ----

    function currentSlot() public view returns (uint64) {
        if (block.timestamp < genesisTime) revert BeforeGenesis(genesisTime, uint64(block.timestamp));
        return uint64((block.timestamp - genesisTime) / slotSeconds);
    }

    /// Whether `se` ends its slot: by the explicit flag, or with an implicit index N by being the
    /// slot's N-th sequenced block (seqIndex N). The sidecar's feed client applies the same rule
    /// (bundle/testdata/slot_ending_rule.json holds the vectors both are tested against).
    function isSlotEnding(SlotEnding calldata se) public view returns (bool) {
        uint32 n = implicitSlotEndingIndex;
        return n == 0 ? se.slotEnding : se.seqIndex == n;
    }

    /// Based mode: no certified progress for more than BASED_MODE_AFTER_SLOTS slots, or a forced
    /// entry left out for FORCED_OVERDUE_SLOTS slots after it became due (the sequencer cannot censor
    /// it by building no based block).
    function basedModeOpen() public view returns (bool) {
        return currentSlot() > lastCertifiedSlot + BASED_MODE_AFTER_SLOTS || forcedOverdue();
    }

    /// Whether the oldest unconsumed forced entry is FORCED_OVERDUE_SLOTS slots past due.
    function forcedOverdue() public view returns (bool) {
        return _overdueSince(uint64(block.timestamp), FORCED_OVERDUE_SLOTS * slotSeconds);
    }

    // ---- EIP-712 ----

    function domainSeparator() public view returns (bytes32) {
        return Sig.domainSeparator(NAME_HASH, VERSION_HASH);
    }

    function hashSlotEnding(SlotEnding calldata m) public pure returns (bytes32) {
        return keccak256(abi.encode(SLOT_ENDING_TYPEHASH, m));
    }

    function slotEndingDigest(SlotEnding calldata m) public view returns (bytes32) {
        return Sig.digest(domainSeparator(), hashSlotEnding(m));
    }

    function hashBatch(BatchHeader calldata h) public pure returns (bytes32) {
        return keccak256(abi.encode(BATCH_TYPEHASH, h));
    }

    function batchDigest(BatchHeader calldata h) public view returns (bytes32) {
        return Sig.digest(domainSeparator(), hashBatch(h));
    }

    function commitmentOf(CommitmentPreimage memory p) public pure returns (bytes32) {
        return keccak256(abi.encode(p));
    }

    // ---- submit ----

    /// Runs one atomic submission: every bundle's pre-calls, the proposal, every bundle's
    /// post-calls (which may read the proven post-state root through transientStateRoot), every
    /// assertion, then the confirmation. Each call must sign its bundle's id (callBundleId), so a
    /// bundle's calls and assertions run together or not at all, in whoever's submission. With a
    /// certificate, `slotEnding` must be the sequencer's slot-ending message for the current slot
    /// and L1 parent and the block must build on it; with an empty certificate the block must build
    /// on a based block confirmed earlier in this L1 block, or, in based mode, on the L2 head.
    function submitBased(Submission calldata s) external returns (bytes32 commitment) {
        if (entered) revert Reentered();
        entered = true;
        // The anchor first: a stale submission (another slot or L1 parent), a bad certificate or a
        // parent no longer the head fails here, before any call runs, so it costs little.
        Anchor memory a = _anchor(s);
        bytes32[] memory ids = new bytes32[](s.bundles.length);
        for (uint256 b = 0; b < ids.length; b++) {
            ids[b] = callBundleId(s.bundles[b]);
            _runCalls(s.bundles[b].preCalls, LEG_PRE, b, ids[b]);
        }
        Proposal memory p;
        (commitment, p) = _propose(a, s.blk);
        if (p.postStateRoot != bytes32(0)) {
            (provenCommitment, provenNumber, provenRoot) = (commitment, p.l2BlockNumber, p.postStateRoot);
        }
        // Each bundle's assertions right after its own post-calls: a later bundle's post-calls
        // cannot break them.
        uint256 checked;
        for (uint256 b = 0; b < ids.length; b++) {
            _runCalls(s.bundles[b].postCalls, LEG_POST, b, ids[b]);
            checked += _checkAssertions(s.bundles[b].assertions, b);
        }
        _confirm(commitment, p, checked);
        (provenCommitment, provenNumber, provenRoot) = (bytes32(0), 0, bytes32(0));
        entered = false;
        _payForcedFees(p);
    }

    /// The id every call of a bundle signs: keccak256 over its pre-calls, post-calls and assertions
    /// (each call without its signature and id), so that none of them can run without the others.
    function callBundleId(CallBundle calldata b) public pure returns (bytes32) {
        return keccak256(abi.encode(_callsHash(b.preCalls), _callsHash(b.postCalls), _assertionsHash(b.assertions)));
    }

    function _callsHash(SignedCall[] calldata calls) internal pure returns (bytes32) {
        bytes32[] memory hs = new bytes32[](calls.length);
        for (uint256 i = 0; i < calls.length; i++) {
            SignedCall calldata c = calls[i];
            hs[i] = keccak256(
                abi.encode(
                    c.account, c.call.chainId, c.call.inbox, c.call.submitter, c.call.l1Slot, c.call.target, c.call.value,
                    keccak256(c.call.data), c.call.nonce, c.call.deadline
                )
            );
        }
        return keccak256(abi.encodePacked(hs));
    }

    function _assertionsHash(Assertion[] calldata assertions) internal pure returns (bytes32) {
        bytes32[] memory hs = new bytes32[](assertions.length);
        for (uint256 i = 0; i < assertions.length; i++) {
            hs[i] = keccak256(abi.encode(assertions[i].target, keccak256(assertions[i].data), assertions[i].expect));
        }
        return keccak256(abi.encodePacked(hs));
    }

    function _runCalls(SignedCall[] calldata calls, uint8 leg, uint256 bundle, bytes32 id) internal {
        for (uint256 i = 0; i < calls.length; i++) {
            SignedCall calldata c = calls[i];
            // Only the sidecar the searcher chose may run its calls: a builder holding a copy of the
            // bundle cannot run them in a based block without the searcher's L2 transactions.
            if (c.call.submitter != msg.sender) revert WrongSubmitter(leg, bundle, i, c.call.submitter, msg.sender);
            if (c.call.bundleId != id) revert WrongBundleId(leg, bundle, i, id, c.call.bundleId);
            bytes memory input = abi.encodeCall(IBasedAccount.executeBased, (c.call, c.signature));
            address account = c.account;
            bool ok;
            bytes32 word;
            assembly {
                ok := call(gas(), account, 0, add(input, 32), mload(input), 0, 0)
                if and(ok, eq(returndatasize(), 32)) {
                    returndatacopy(0, 0, 32)
                    word := mload(0)
                }
            }
            if (!ok) revert CallFailed(leg, bundle, i, ReturnData.head(MAX_CALL_REASON));
            if (bytes4(word) != IBasedAccount.executeBased.selector) revert NotAnAccount(leg, bundle, i, account);
        }
    }

    /// Each assertion's return data is hashed whole, so it is refused above MAX_ASSERTION_RETURN
    /// bytes before it is copied: a target cannot make the inbox run out of gas copying it.
    function _checkAssertions(Assertion[] calldata assertions, uint256 bundle) internal view returns (uint256) {
        for (uint256 i = 0; i < assertions.length; i++) {
            bytes memory input = assertions[i].data;
            address target = assertions[i].target;
            bool ok;
            uint256 size;
            assembly {
                ok := staticcall(gas(), target, add(input, 32), mload(input), 0, 0)
                size := returndatasize()
            }
            if (size > MAX_ASSERTION_RETURN) revert AssertionFailed(bundle, i, !ok, bytes32(0));
            bytes32 got = keccak256(ReturnData.head(size));
            if (!ok || got != assertions[i].expect) revert AssertionFailed(bundle, i, !ok, got);
        }
        return assertions.length;
    }


    function _propose(Anchor memory a, BasedBlock calldata blk) internal returns (bytes32 commitment, Proposal memory p) {
        ProposedBlock memory info;
        info.l2BlockNumber = a.number + 1;
        info.l1Slot = currentSlot();
        info.anchor = a.kind;
        info.dataMode = blk.dataMode;
        (info.dataHash, info.blobHashes) = _dataCommitment(blk);
        info.txData = blk.txData;
        info.forcedStart = a.forcedStart;
        info.forcedTxs = _takeForced(a.forcedStart, blk.forcedCount);
        info.parentStateRoot = a.stateRoot;
        commitment = commitmentOf(
            CommitmentPreimage({
                inbox: address(this),
                l1ChainId: block.chainid,
                l1BlockNumber: uint64(block.number),
                l1ParentHash: blockhash(block.number - 1),
                l1Timestamp: uint64(block.timestamp),
                proposer: msg.sender,
                parentId: blk.parentHash,
                l2BlockNumber: info.l2BlockNumber,
                dataMode: blk.dataMode,
                dataHash: info.dataHash,
                forcedStart: a.forcedStart,
                forcedCount: blk.forcedCount
            })
        );
        if (proposals[commitment].proposer != address(0)) revert CommitmentExists(commitment);
        info.postStateRoot = _verifyState(a.stateRoot, commitment, blk);
        p = Proposal({
            proposer: msg.sender,
            l1Block: uint64(block.number),
            forcedCount: blk.forcedCount,
            confirmed: true,
            parentId: blk.parentHash,
            l2BlockNumber: info.l2BlockNumber,
            forcedStart: a.forcedStart,
            postStateRoot: info.postStateRoot
        });
        emit BasedBlockProposed(commitment, blk.parentHash, msg.sender, info);
    }

    /// Commits a certified batch of sequenced blocks. It must extend the head and carry the data its
    /// certificate names. The batch that ends where the newest one did is a no-op returning false, so
    /// the sequencer's own copy and the copy a sidecar carried in its submission can both land.
    function submitBatch(Batch calldata b) external returns (bool) {
        if (entered) revert Reentered();
        return _applyBatch(b, false);
    }

    function _applyBatch(Batch calldata b, bool inSubmission) internal returns (bool) {
        BatchHeader calldata h = b.header;
        if (h.lastHash == lastBatchHash) return false;
        uint64 slot = currentSlot();
        if (h.l1Slot > slot) revert WrongSlot(slot, h.l1Slot);
        if (h.l2ChainId != l2ChainId) revert WrongL2Chain(l2ChainId, h.l2ChainId);
        if (h.lastNumber < h.firstNumber) revert BatchRange(h.firstNumber, h.lastNumber);
        L2Head memory cur = head;
        if (h.parentId != cur.id || h.firstNumber != cur.number + 1) {
            revert BatchNotOnHead(cur.id, cur.number, h.parentId, h.firstNumber);
        }
        _checkSigner(batchDigest(h), b.certificate);
        bytes32[] memory hashes;
        bytes32 got;
        if (h.dataMode == DATA_CALLDATA) {
            got = keccak256(b.data);
        } else if (h.dataMode != DATA_BLOBS) {
            revert UnknownDataMode(h.dataMode);
        } else if (inSubmission) {
            revert BatchBlobsInSubmission();
        } else {
            if (b.data.length != 0) revert UnexpectedTxData();
            hashes = _blobHashes();
            got = keccak256(abi.encodePacked(hashes));
        }
        if (got != h.dataHash) revert BatchDataMismatch(h.dataHash, got);
        head = L2Head(h.lastHash, h.lastStateRoot, h.lastNumber, h.l1Slot, false);
        lastBatchHash = h.lastHash;
        if (h.l1Slot > lastCertifiedSlot) lastCertifiedSlot = h.l1Slot;
        emit BatchCommitted(h.lastHash, h.parentId, h.firstNumber, h.lastNumber, h.l1Slot, h.dataMode, hashes, b.data);
        return true;
    }

    /// The blobs of this transaction, in order (at least one).
    function _blobHashes() internal view returns (bytes32[] memory hashes) {
        uint256 n;
        while (n < 6 && blobhash(n) != bytes32(0)) n++;
        if (n == 0) revert MissingBlob(0);
        hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            hashes[i] = blobhash(i);
        }
    }

    function _anchor(Submission calldata s) internal returns (Anchor memory) {
        bytes32 parentId = s.blk.parentHash;
        bool hasBatch = s.batch.header.lastHash != bytes32(0);
        Proposal storage p = proposals[parentId];
        if (p.confirmed && p.l1Block == block.number) {
            if (hasBatch) revert UnexpectedBatch();
            return Anchor(ANCHOR_BASED, p.l2BlockNumber, p.postStateRoot, p.forcedStart + p.forcedCount);
        }
        L2Head memory h = head;
        if (s.certificate.length == 0) {
            if (hasBatch) revert UnexpectedBatch();
            if (!basedModeOpen()) revert CertificateRequired(lastCertifiedSlot, currentSlot());
            if (parentId != h.id) revert ParentMismatch(h.id, parentId);
            return Anchor(ANCHOR_HEAD, h.number, h.stateRoot, forcedHead);
        }
        SlotEnding calldata se = s.slotEnding;
        uint64 slot = currentSlot();
        if (se.l1Slot != slot) revert WrongSlot(slot, se.l1Slot);
        bytes32 l1Parent = blockhash(block.number - 1);
        if (se.l1ParentHash != l1Parent) revert WrongL1Parent(l1Parent, se.l1ParentHash);
        if (!isSlotEnding(se)) revert NotSlotEnding();
        if (se.l2ChainId != l2ChainId) revert WrongL2Chain(l2ChainId, se.l2ChainId);
        _checkSigner(slotEndingDigest(se), s.certificate);
        if (se.l1Slot > lastCertifiedSlot) lastCertifiedSlot = se.l1Slot;
        // The block to build on must be on L1: committed before, or by the batch carried here.
        if (hasBatch && _applyBatch(s.batch, true)) h = head;
        if (se.l2BlockHash != h.id || se.l2BlockNumber != h.number) {
            revert SlotEndingNotOnHead(h.id, h.number, se.l2BlockHash, se.l2BlockNumber);
        }
        if (parentId != se.l2BlockHash) revert ParentMismatch(se.l2BlockHash, parentId);
        return Anchor(ANCHOR_SLOT_ENDING, h.number, h.stateRoot, forcedHead);
    }

    /// The sequencer's ECDSA signature, or what the certificate verifier accepts (its named error
    /// is the revert reason otherwise).
    function _checkSigner(bytes32 digest, bytes calldata certificate) internal view {
        if (address(certificateVerifier) != address(0)) {
            certificateVerifier.verifyCertificate(digest, certificate);
            return;
        }
        address signer = Sig.recover(digest, certificate);
        if (signer != sequencer) revert NotSequencer(signer);
    }

    function _dataCommitment(BasedBlock calldata blk) internal view returns (bytes32, bytes32[] memory hashes) {
        if (blk.dataMode == DATA_CALLDATA) {
            if (blk.blobCount != 0) revert UnexpectedBlobCount(blk.blobCount);
            return (keccak256(blk.txData), hashes);
        }
        if (blk.dataMode != DATA_BLOBS) revert UnknownDataMode(blk.dataMode);
        if (blk.txData.length != 0) revert UnexpectedTxData();
        if (blk.blobCount == 0) revert MissingBlob(0);
        hashes = new bytes32[](blk.blobCount);
        for (uint256 i = 0; i < hashes.length; i++) {
            bytes32 h = blobhash(i);
            if (h == bytes32(0)) revert MissingBlob(i);
            hashes[i] = h;
        }
        return (keccak256(abi.encodePacked(hashes)), hashes);
    }

    function _verifyState(bytes32 parentStateRoot, bytes32 commitment, BasedBlock calldata blk)
        internal
        view
        returns (bytes32)
    {
        if (blk.postStateRoot == bytes32(0)) return bytes32(0);
        if (address(stateVerifier) == address(0)) revert NoStateVerifier();
        if (parentStateRoot == bytes32(0)) revert ParentStateRootUnknown();
        if (!stateVerifier.verifyStateTransition(parentStateRoot, commitment, blk.postStateRoot, blk.proof)) {
            revert StateProofRejected(parentStateRoot, blk.postStateRoot);
        }
        return blk.postStateRoot;
    }

    // ---- confirm ----

    /// Records the proposal as counting for L2 derivation, moves the head and pays the consumed
    /// entries' forced-inclusion fees. The parent is checked again: a post-call may not have moved
    /// the head (recordSequenced refuses to run inside a submission, so this is a second guard).
    function _confirm(bytes32 commitment, Proposal memory p, uint256 assertions) internal {
        bytes32 headId = head.id;
        if (p.parentId != headId) revert ParentNotHead(p.parentId, headId);
        proposals[commitment] = p;
        if (p.postStateRoot != bytes32(0)) latestProven = commitment;
        head = L2Head(commitment, p.postStateRoot, p.l2BlockNumber, currentSlot(), true);
        forcedHead = p.forcedStart + p.forcedCount;
        emit BasedBlockConfirmed(commitment, p.parentId, p.l2BlockNumber, assertions);
    }

    /// Pays the consumed entries' forced-inclusion fees to the proposer, last and outside the
    /// submission's transient state.
    function _payForcedFees(Proposal memory p) internal {
        uint256 fees = uint256(p.forcedCount) * forcedInclusionFee;
        if (fees != 0) {
            (bool sent,) = msg.sender.call{value: fees}("");
            if (!sent) revert FeeTransferFailed(msg.sender, fees);
        }
    }

    /// Forced transactions cannot be queued from inside a submission: a call could otherwise make
    /// an entry due that the proposal did not count, and revert it unattributed.
    function _enqueueAllowed() internal view override returns (bool) {
        return !entered;
    }

    // ---- views ----

    function l2Head() external view returns (L2Head memory) {
        return head;
    }

    function proposal(bytes32 commitment) external view returns (Proposal memory) {
        return proposals[commitment];
    }

    function isConfirmed(bytes32 commitment) external view returns (bool) {
        return proposals[commitment].confirmed;
    }

    /// The verified post-state root of a confirmed based block; reverts otherwise.
    function provenStateRoot(bytes32 commitment) external view returns (bytes32 root) {
        Proposal storage p = proposals[commitment];
        root = p.postStateRoot;
        if (root == bytes32(0) || !p.confirmed) revert StateRootNotProven(commitment);
    }

    /// The newest confirmed based block that carried a verified post-state root.
    function latestConfirmedStateRoot()
        external
        view
        returns (bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
    {
        commitment = latestProven;
        if (commitment == bytes32(0)) revert NoProvenStateRoot();
        Proposal storage p = proposals[commitment];
        return (commitment, p.l2BlockNumber, p.postStateRoot);
    }

    /// The proven post-state root of the submission executing in this transaction, for its
    /// post-calls. It lives in transient storage: no other transaction, and nothing before the
    /// proposal or after the confirmation, can see it.
    function transientStateRoot()
        external
        view
        returns (bytes32 commitment, uint64 l2BlockNumber, bytes32 stateRoot)
    {
        if (provenCommitment == bytes32(0)) revert NoProvenStateRoot();
        return (provenCommitment, provenNumber, provenRoot);
    }
}
