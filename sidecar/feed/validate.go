package feed

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// Head is the L1 view messages are checked against; the beacon tracker
// satisfies it. BuildTarget returns the slot being built and the execution
// block hashes its parent may be (two under ePBS), or an error when the head
// is not usable.
type Head interface {
	BuildTarget() (slot uint64, parents []common.Hash, err error)
}

// Reasons a message is rejected; they label the rejection metric.
const (
	RejectMalformed    = "malformed"
	RejectOversized    = "oversized"
	RejectBadSignature = "bad_signature"
	RejectWrongSigner  = "wrong_signer"
	RejectCertificate  = "bad_certificate"
	// RejectWrongEpoch: a committee certificate of another epoch than the committee in force
	// (e.g. by a committee rotated out).
	RejectWrongEpoch      = "wrong_epoch"
	RejectWrongChain      = "wrong_chain"
	RejectNotSlotEnding   = "not_slot_ending"
	RejectHeadUnavailable = "l1_head_unavailable"
	RejectStaleSlot       = "stale_slot"
	RejectFutureSlot      = "future_slot"
	RejectWrongParent     = "wrong_parent"
	RejectDuplicate       = "duplicate"
	RejectOutOfOrder      = "out_of_order"
	RejectBrokenLinkage   = "broken_linkage"
	RejectEquivocation    = "equivocation"
	// RejectBadBatch: the carried batch does not verify (certificate, chain, range, data hash).
	RejectBadBatch = "bad_batch"
	// RejectBatchMismatch: the carried batch does not end at the message's block.
	RejectBatchMismatch = "batch_mismatch"
)

// Rejection is why a message was not accepted.
type Rejection struct {
	Reason string
	Err    error
}

func (r *Rejection) Error() string {
	if r.Err == nil {
		return r.Reason
	}
	return r.Reason + ": " + r.Err.Error()
}

func (r *Rejection) Unwrap() error { return r.Err }

func reject(reason string, format string, args ...any) *Rejection {
	return &Rejection{Reason: reason, Err: fmt.Errorf(format, args...)}
}

// ValidatorConfig is what a message is checked against.
type ValidatorConfig struct {
	L2ChainID uint64
	Domain    bundle.Domain
	Authority bundle.Authority
	// Authorities, when set, replaces Authority: who certifies changes at run time (a committee
	// that rotates on L1).
	Authorities Authorities
	// ImplicitSlotEndingIndex: 0 requires the explicit slotEnding flag; N > 0
	// makes the message with seqIndex N the slot-ending one (the flag is then
	// not consulted).
	ImplicitSlotEndingIndex uint32
}

// Authorities is who certifies a certificate of an epoch, as it changes at run time; safe for
// concurrent use.
type Authorities interface {
	Authority(epoch uint64) bundle.Authority
}

// authority is who certifies cert.
func (c ValidatorConfig) authority(cert bundle.Certificate) bundle.Authority {
	if c.Authorities != nil {
		return c.Authorities.Authority(cert.Epoch)
	}
	return c.Authority
}

// recentDigests bounds the duplicate memory.
const recentDigests = 256

// validator runs the checks in the protocol's order: certificate, chain id,
// carried batch, slot-ending flag, slot, L1 parent, L2 linkage. It keeps the linkage state
// of accepted messages and is not safe for concurrent use.
type validator struct {
	cfg      ValidatorConfig
	head     Head
	last     *bundle.SignedSlotEnding
	accepted *recent[common.Hash] // digests
}

func newValidator(cfg ValidatorConfig, head Head) *validator {
	return &validator{cfg: cfg, head: head, accepted: newRecent[common.Hash](recentDigests)}
}

// check returns nil and records m as accepted, or a *Rejection.
func (v *validator) check(m *bundle.SignedSlotEnding) *Rejection {
	for _, step := range []func(*bundle.SignedSlotEnding) *Rejection{
		v.certificate, v.chain, v.batch, v.slotEnding, v.l1, v.linkage,
	} {
		if r := step(m); r != nil {
			return r
		}
	}
	v.accept(m)
	return nil
}

func (v *validator) certificate(m *bundle.SignedSlotEnding) *Rejection {
	err := v.cfg.authority(m.Certificate).Verify(m, v.cfg.Domain)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, bundle.ErrWrongEpoch):
		return &Rejection{Reason: RejectWrongEpoch, Err: err}
	case errors.Is(err, bundle.ErrBadSignature):
		return &Rejection{Reason: RejectBadSignature, Err: err}
	case errors.Is(err, bundle.ErrWrongSigner):
		// Also what a certificate for another domain (inbox or L1 chain) gives.
		return &Rejection{Reason: RejectWrongSigner, Err: err}
	default:
		return &Rejection{Reason: RejectCertificate, Err: err}
	}
}

func (v *validator) chain(m *bundle.SignedSlotEnding) *Rejection {
	if m.L2ChainID != v.cfg.L2ChainID {
		return reject(RejectWrongChain, "l2ChainId %d, following %d", m.L2ChainID, v.cfg.L2ChainID)
	}
	return nil
}

// batch checks the carried batch before the sidecar puts it into its submission: a batch the
// inbox would refuse would make the whole atomic transaction revert, so the message is refused
// here, with the field that is wrong. Whether it extends the inbox head is the inbox's call
// (the pipeline's simulation finds out).
func (v *validator) batch(m *bundle.SignedSlotEnding) *Rejection {
	b := m.Batch
	if b == nil {
		return nil
	}
	if err := b.Verify(v.cfg.authority(b.Certificate), v.cfg.Domain, v.cfg.L2ChainID); err != nil {
		return &Rejection{Reason: RejectBadBatch, Err: err}
	}
	h := &b.Header
	switch {
	case h.LastHash != m.L2BlockHash:
		return reject(RejectBatchMismatch, "batch.lastHash %s, the message's l2BlockHash is %s", h.LastHash.Hex(), m.L2BlockHash.Hex())
	case h.LastNumber != m.L2BlockNumber:
		return reject(RejectBatchMismatch, "batch.lastNumber %d, the message's l2BlockNumber is %d", h.LastNumber, m.L2BlockNumber)
	case h.LastStateRoot != m.L2StateRoot:
		return reject(RejectBatchMismatch, "batch.lastStateRoot %s, the message's l2StateRoot is %s", h.LastStateRoot.Hex(), m.L2StateRoot.Hex())
	}
	return nil
}

func (v *validator) slotEnding(m *bundle.SignedSlotEnding) *Rejection {
	switch n := v.cfg.ImplicitSlotEndingIndex; {
	case m.EndsSlot(n):
		return nil
	case n > 0:
		return reject(RejectNotSlotEnding, "seqIndex %d, the slot-ending index is %d", m.SeqIndex, n)
	}
	return reject(RejectNotSlotEnding, "slotEnding is false")
}

func (v *validator) l1(m *bundle.SignedSlotEnding) *Rejection {
	slot, parents, err := v.head.BuildTarget()
	if err != nil {
		return &Rejection{Reason: RejectHeadUnavailable, Err: err}
	}
	switch {
	case m.L1Slot < slot:
		return reject(RejectStaleSlot, "l1Slot %d, building %d", m.L1Slot, slot)
	case m.L1Slot > slot:
		return reject(RejectFutureSlot, "l1Slot %d, building %d", m.L1Slot, slot)
	}
	if slices.Contains(parents, m.L1ParentHash) {
		return nil
	}
	return reject(RejectWrongParent, "l1ParentHash %s, expected one of %v", m.L1ParentHash.Hex(), parents)
}

// linkage relates m to the previously accepted message. A newer message for
// the same slot replaces the previous one and must carry a higher L2 block
// (or the same block re-certified, e.g. for a new L1 parent). Across slots a
// lower block number is an L2 reorg (a based block reorged out) and is
// accepted. Consecutive block numbers must link by hash.
func (v *validator) linkage(m *bundle.SignedSlotEnding) *Rejection {
	if v.accepted.has(m.Digest(v.cfg.Domain)) {
		return reject(RejectDuplicate, "l2 block %d for slot %d already accepted", m.L2BlockNumber, m.L1Slot)
	}
	p := v.last
	if p == nil {
		return nil
	}
	switch {
	case m.L1Slot < p.L1Slot:
		return reject(RejectOutOfOrder, "l1Slot %d after slot %d", m.L1Slot, p.L1Slot)
	case m.L1Slot == p.L1Slot && m.L2BlockNumber < p.L2BlockNumber:
		return reject(RejectOutOfOrder, "l2 block %d after block %d in slot %d", m.L2BlockNumber, p.L2BlockNumber, m.L1Slot)
	case m.L1Slot == p.L1Slot && m.L2BlockNumber == p.L2BlockNumber && m.L2BlockHash != p.L2BlockHash:
		return reject(RejectEquivocation, "two blocks numbered %d for slot %d: %s and %s",
			m.L2BlockNumber, m.L1Slot, p.L2BlockHash.Hex(), m.L2BlockHash.Hex())
	case m.L2BlockNumber == p.L2BlockNumber+1 && m.L2ParentHash != p.L2BlockHash:
		return reject(RejectBrokenLinkage, "l2ParentHash %s, previous block %d is %s",
			m.L2ParentHash.Hex(), p.L2BlockNumber, p.L2BlockHash.Hex())
	}
	return nil
}

func (v *validator) accept(m *bundle.SignedSlotEnding) {
	v.last = m
	v.accepted.add(m.Digest(v.cfg.Domain))
}
