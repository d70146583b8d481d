package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// Speculative pre-composition (docs/speculation.md): before the slot-ending message arrives, the
// pipeline builds the slot it predicts (the latest sequenced L2 block on the current L1 head)
// with a stand-in certificate. When the message arrives and says what was predicted, the
// bundles' own simulations are reused and, when the pool has not changed, the whole build: it
// is signed again with the real message and sent without another simulation.

// speculating marks the timings of a speculation's build: its stages are not observed one by one.
const speculating = "speculating"

// errPreempted ends a speculation when a message arrives.
var errPreempted = errors.New("speculation preempted by a slot-ending message")

// Prediction is what the next slot-ending message is expected to say.
type Prediction struct {
	Slot     uint64
	L2       *types.Header // the latest sequenced L2 block
	L1Parent common.Hash   // the current L1 head's execution block hash
	// Batch is the batch the message is expected to carry when L2 is not yet the inbox head at
	// L1Parent (its certificate is ignored: the stand-in certifies it); nil: none.
	Batch *bundle.SignedBatch
}

type specKey struct {
	slot   uint64
	l2, l1 common.Hash
}

// speculation is what was simulated for one prediction: the bundles alone (by bundle hash,
// the baseline under the zero hash) and, when it got that far, the whole build for cands.
type speculation struct {
	key    specKey
	msg    bundle.SlotEnding
	smsg   Message // the predicted message under the stand-in certificate
	forced slots.ForcedEntries
	target slots.Target
	parent *types.Header // the predicted slot-ending L2 block
	evals  map[common.Hash]evaluation
	whole  *built
	cands  map[common.Hash]bool // the pool's bundles whole was built from
	tried  map[common.Hash]bool // the pool's bundles the last finished attempt was built from
}

// speculator is the pipeline's speculation state: the newest speculation, and the cancel of
// the one running. Handle preempts the running one and holds new ones off until it returns.
type speculator struct {
	mu       sync.Mutex
	cur      *speculation
	cancel   context.CancelCauseFunc
	handling int
	handled  uint64 // the newest slot a message was handled for: no use speculating on it
}

// preempt ends the running speculation and holds new ones off until resume is called.
func (s *speculator) preempt(slot uint64) (resume func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handling++
	s.handled = max(s.handled, slot)
	if s.cancel != nil {
		s.cancel(errPreempted)
	}
	return func() { s.mu.Lock(); s.handling--; s.mu.Unlock() }
}

// begin starts a speculation under ctx, unless a message is being handled.
func (s *speculator) begin(ctx context.Context, slot uint64) (context.Context, func(), bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.handling > 0 || slot <= s.handled {
		return nil, nil, false
	}
	ctx, cancel := context.WithCancelCause(ctx)
	s.cancel = cancel
	return ctx, func() { cancel(nil) }, true
}

// record keeps an evaluation made under a stand-in. Failures of the sidecar's own part are not
// kept: they may be the stand-in's (an inbox rule it does not meet), and the real message
// simulates them again.
func (s *speculator) record(spec *speculation, cb *bundle.CheckedBundle, ev evaluation) {
	if spec == nil || ev.err != nil || ev.dropped == bundle.DropNotSimulated || ev.forced >= 0 || ev.ownPart {
		return
	}
	var h common.Hash
	if cb != nil {
		h = cb.Hash
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == spec {
		spec.evals[h] = ev
	}
}

// lookup is the evaluation kept for cb (nil: the baseline) under spec.
func (s *speculator) lookup(spec *speculation, cb *bundle.CheckedBundle) (evaluation, bool) {
	if spec == nil {
		return evaluation{}, false
	}
	var h common.Hash
	if cb != nil {
		h = cb.Hash
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ev, ok := spec.evals[h]
	if ok {
		ev.cb = cb
	}
	return ev, ok
}

// Speculate builds the slot pred describes with a stand-in certificate and keeps what it
// simulated for the message. Bundles already simulated for the same prediction are not
// simulated again. It returns at once when a message is being handled, and ends when one
// arrives (ctx's cause is then errPreempted).
func (p *Pipeline) Speculate(ctx context.Context, pred Prediction) error {
	if p.deps.StandIn == nil || pred.L2 == nil {
		return nil
	}
	ctx, done, ok := p.spec.begin(ctx, pred.Slot)
	if !ok {
		return nil
	}
	defer done()
	key := specKey{slot: pred.Slot, l2: pred.L2.Hash(), l1: pred.L1Parent}
	base := &built{timings: map[string]time.Duration{speculating: 0}, entries: map[common.Hash]*pool.Entry{}, parent: pred.L2}
	cands, err := p.candidates(ctx, pred.Slot, base.entries)
	if err != nil || len(cands) == 0 || p.tried(key, cands) {
		return err // nothing changed since the last attempt, whatever it found
	}
	msg, err := p.predicted(ctx, pred)
	if err != nil {
		return err
	}
	if base.target, err = p.deps.Targets.Target(ctx, pred.Slot, pred.L1Parent); err != nil {
		return fmt.Errorf("speculation target: %w", err)
	}
	if base.forced, err = p.deps.Forced.DueForced(ctx, base.target); err != nil {
		return fmt.Errorf("speculation forced entries: %w", err)
	}
	spec := p.install(key, msg, base)
	base.spec = spec
	start := p.deps.Clock.Now()
	b, err := p.buildBundles(ctx, msg, base, cands)
	p.deps.Metrics.stage.WithLabelValues("speculate").Observe(p.deps.Clock.Now().Sub(start).Seconds())
	p.spec.mu.Lock()
	defer p.spec.mu.Unlock()
	if p.spec.cur != spec || ctx.Err() != nil {
		return err
	}
	spec.tried = hashSet(cands)
	if err == nil {
		spec.whole, spec.cands = b, spec.tried
	}
	return err
}

// tried reports whether the current speculation is key's and its last finished attempt was
// built from cands. Its target and forced entries are not read again: if they changed, the
// message finds the speculation unusable (usable) and takes the full path.
func (p *Pipeline) tried(key specKey, cands []*bundle.CheckedBundle) bool {
	p.spec.mu.Lock()
	defer p.spec.mu.Unlock()
	return p.spec.cur != nil && p.spec.cur.key == key && sameSet(p.spec.cur.tried, cands)
}

// Speculating reports whether the pipeline has a stand-in to speculate with.
func (p *Pipeline) Speculating() bool { return p.deps.StandIn != nil }

// predicted is the message pred foresees, certified by the stand-in.
func (p *Pipeline) predicted(ctx context.Context, pred Prediction) (Message, error) {
	m := bundle.SlotEnding{L2ChainID: p.cfg.L2ChainID, L2BlockNumber: pred.L2.Number.Uint64(), L2BlockHash: pred.L2.Hash(),
		L2ParentHash: pred.L2.ParentHash, L2StateRoot: pred.L2.Root, L1Slot: pred.Slot, L1ParentHash: pred.L1Parent, IsSlotEnding: true}
	if _, err := p.deps.StandIn.prepare(ctx, pred.L1Parent); err != nil {
		return Message{}, err
	}
	cert, err := p.deps.StandIn.certify(ctx, &m)
	if err != nil {
		return Message{}, err
	}
	var batch *bundle.SignedBatch
	if pred.Batch != nil {
		batch = &bundle.SignedBatch{Header: pred.Batch.Header, Data: pred.Batch.Data}
		if batch.Certificate, err = p.deps.StandIn.certifyBatch(ctx, pred.L1Parent, &batch.Header); err != nil {
			return Message{}, err
		}
	}
	return Message{SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert, Batch: batch},
		Arrived: p.deps.Clock.Now(), standIn: true}, nil
}

// install makes key's speculation the current one, keeping its evaluations if it already is.
func (p *Pipeline) install(key specKey, m Message, base *built) *speculation {
	p.spec.mu.Lock()
	defer p.spec.mu.Unlock()
	if cur := p.spec.cur; cur != nil && cur.key == key && sameForced(cur.forced, base.forced) && reflect.DeepEqual(cur.target, base.target) {
		return cur
	}
	p.spec.cur = &speculation{key: key, msg: m.SlotEnding, smsg: m, target: base.target, forced: base.forced, parent: base.parent,
		evals: map[common.Hash]evaluation{}}
	return p.spec.cur
}

// speculatedOn is the current speculation when it was made on msg's slot, L2 block and L1
// parent, before any other check (usable makes them).
func (p *Pipeline) speculatedOn(msg *Message) *speculation {
	if p.deps.StandIn == nil || msg.standIn {
		return nil
	}
	p.spec.mu.Lock()
	defer p.spec.mu.Unlock()
	if cur := p.spec.cur; cur != nil && cur.key == (specKey{slot: msg.L1Slot, l2: msg.L2BlockHash, l1: msg.L1ParentHash}) {
		return cur
	}
	return nil
}

// usable is the speculation msg may reuse, or nil and why not: the same slot, L2 block and L1
// parent, the same target block and forced entries, the same batch (or none), and certificates
// the inbox accepts as it accepted the stand-in's.
func (p *Pipeline) usable(msg Message, base *built) (*speculation, string) {
	if p.deps.StandIn == nil || msg.Based || msg.standIn || msg.ParentID != (common.Hash{}) {
		return nil, "not speculated on"
	}
	p.spec.mu.Lock()
	defer p.spec.mu.Unlock()
	spec := p.spec.cur
	m, pm := msg.SlotEnding, bundle.SlotEnding{}
	if spec != nil {
		pm = spec.msg
	}
	m.SeqIndex, pm.SeqIndex = 0, 0 // not predicted; it only selects the slot-ending block, which the real message names
	switch {
	case spec == nil:
		return nil, "no speculation"
	case spec.key != (specKey{slot: msg.L1Slot, l2: msg.L2BlockHash, l1: msg.L1ParentHash}) || m != pm:
		return nil, "another slot, L2 block or L1 parent"
	case len(spec.evals) == 0: // the inbox refused all of it, maybe the stand-in
		return nil, "the speculation kept nothing"
	case !sameBatch(spec.smsg.Batch, msg.Batch):
		return nil, "another batch"
	case !sameForced(spec.forced, base.forced) || !reflect.DeepEqual(spec.target, base.target):
		return nil, "another target block or forced entries"
	case !p.deps.StandIn.Holds(msg.SignedSlotEnding):
		return nil, "a certificate the stand-in did not stand in for"
	}
	return spec, ""
}

// reuseWhole is the speculation's whole build when the pool still holds exactly the bundles it
// was built from, signed again for the real message; nil otherwise.
func (p *Pipeline) reuseWhole(ctx context.Context, msg Message, base *built, cands []*bundle.CheckedBundle) (*built, error) {
	spec := base.spec
	p.spec.mu.Lock()
	whole, in := spec.whole, spec.cands
	p.spec.mu.Unlock()
	if whole == nil || !sameSet(in, cands) {
		return nil, nil
	}
	b := *whole
	b.timings, b.entries = base.timings, base.entries
	b.failed = maps.Clone(whole.failed)
	p.deps.Metrics.evaluated(whole.tally[0], whole.tally[1], whole.tally[2])
	err := p.stage("sign", b.timings, func() error { return p.finalSign(ctx, msg, &b) })
	return &b, err
}

// finalSign signs b's atomic transaction for the message it is sent for, with the gas its
// simulation used plus the margin. A slot simulated under the stand-in takes the real message
// here: the payload, its blobs, the commitment and the proof depend on none of the certificate.
func (p *Pipeline) finalSign(ctx context.Context, msg Message, b *built) error {
	if b.standIn && !msg.standIn {
		b.submit.Message, b.submit.ParentID, b.standIn = msg.SignedSlotEnding, msg.ParentID, false
	}
	return p.gasFromSimulation(ctx, b, b.submitGas)
}

func hashSet(cands []*bundle.CheckedBundle) map[common.Hash]bool {
	out := make(map[common.Hash]bool, len(cands))
	for _, cb := range cands {
		out[cb.Hash] = true
	}
	return out
}

func sameSet(set map[common.Hash]bool, cands []*bundle.CheckedBundle) bool {
	if len(set) != len(cands) {
		return false
	}
	for _, cb := range cands {
		if !set[cb.Hash] {
			return false
		}
	}
	return true
}

func sameForced(a, b slots.ForcedEntries) bool {
	if a.Start != b.Start || len(a.Txs) != len(b.Txs) {
		return false
	}
	for i := range a.Txs {
		if !bytes.Equal(a.Txs[i], b.Txs[i]) {
			return false
		}
	}
	return true
}

// speculationResult is how a message that reuses no whole build stands to speculation: miss
// when the slot was speculated, none when it was not.
func (p *Pipeline) speculationResult(msg Message, base *built) string {
	p.spec.mu.Lock()
	defer p.spec.mu.Unlock()
	if p.spec.cur == nil || p.spec.cur.key.slot != msg.L1Slot {
		return "none"
	}
	return "miss"
}

// sameBatch: the same header and data (the certificates differ).
func sameBatch(a, b *bundle.SignedBatch) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Header == b.Header && bytes.Equal(a.Data, b.Data)
}
