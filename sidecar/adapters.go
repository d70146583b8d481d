package sidecar

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/inclusion"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// targets resolves the L1 block of (slot, parent) from the beacon node's payload attributes
// and the parent's header; the fee recipient is the proposer's registered one when a relay
// knows it.
type targets struct {
	beacon    *beacon.Tracker
	l1        *ethclient.Client
	rules     *params.ChainConfig
	proposers *relayapi.Proposers // nil when no relay serves validator registrations
}

func (t targets) Target(ctx context.Context, slot uint64, parent common.Hash) (pipeline.Target, error) {
	a, ok := t.beacon.PayloadAttributes(beacon.AttributesKey{ProposalSlot: slot, ParentBlockHash: parent})
	if !ok {
		return pipeline.Target{}, fmt.Errorf("no payload attributes for slot %d on %s", slot, parent)
	}
	h, err := t.l1.HeaderByHash(ctx, parent)
	if err != nil {
		return pipeline.Target{}, fmt.Errorf("parent header %s: %w", parent, err)
	}
	tg := pipeline.Target{Slot: slot, Time: a.Timestamp, ParentHash: parent, ParentNumber: h.Number.Uint64(),
		FeeRecipient: a.SuggestedFeeRecipient, PrevRandao: a.PrevRandao, BeaconRoot: a.ParentBeaconBlockRoot,
		Withdrawals: a.Withdrawals, GasLimit: h.GasLimit, BaseFee: eip1559.CalcBaseFee(t.rules, h)}
	if t.proposers != nil {
		if p := t.proposers.Lookup(ctx, slot); p.Status == relayapi.ProposerRegistered {
			tg.FeeRecipient = p.Registration.FeeRecipient
		}
	}
	return tg, nil
}

// l2chain pairs the L2 client's headers with its simulator.
type l2chain struct {
	headers *ethclient.Client
	sim     *sim.Client
}

func (c l2chain) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	return c.headers.HeaderByHash(ctx, h)
}

func (c l2chain) SimulateL2(ctx context.Context, env bundle.BasedBlockEnv, txs []*bundle.Tx) (*sim.L2Result, error) {
	return c.sim.SimulateL2(ctx, env, txs)
}

// submitter reports relayapi's per-endpoint results as the pipeline's summary.
type submitter struct{ s *relayapi.Submitter }

func (a submitter) Submit(ctx context.Context, b *bundle.AtomicBundle) pipeline.SubmitReport {
	res, _ := a.s.SendBundle(ctx, b, time.Time{})
	ok := relayapi.Delivered(res)
	return pipeline.SubmitReport{Accepted: ok, Failed: len(res) - ok}
}

func (a submitter) Cancel(ctx context.Context, uuid string) pipeline.SubmitReport {
	res, _ := a.s.CancelBundle(ctx, uuid, time.Time{})
	ok := relayapi.Delivered(res)
	return pipeline.SubmitReport{Accepted: ok, Failed: len(res) - ok}
}

// reporter posts the tracker's outcomes to the sequencer's /v1/based-outcome.
type reporter struct{ c *feed.OutcomeClient }

func (r reporter) Report(ctx context.Context, res inclusion.Result) error {
	kind := res.Outcome
	o := feed.Outcome{L2ChainID: res.L2ChainID, L1Slot: res.Slot, Kind: kind, Reason: res.Reason,
		L2BlockNumber: res.L2Block - 1, L1BlockNumber: res.L1Block, L1BlockHash: res.L1BlockHash}
	if kind == bundle.OutcomeLanded {
		o.BasedBlockHash = res.L2Hash
	}
	return r.c.Report(ctx, o)
}

// attestation proves with the devnet's attestation key; the verifier's address (part of the
// signed domain) is read from the inbox once, on first use.
type attestation struct {
	key     *prover.AttestationConfig
	l1      *ethclient.Client
	inbox   common.Address
	timeout time.Duration

	mu sync.Mutex
	p  *prover.Attestation // nil until the verifier was read; a failed read is retried next slot
}

func (a *attestation) Prove(ctx context.Context, req prover.Request) (common.Hash, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	a.mu.Lock()
	if a.p == nil {
		p, err := a.resolve(ctx)
		if err != nil {
			a.mu.Unlock()
			return common.Hash{}, nil, err
		}
		a.p = p
	}
	p := a.p
	a.mu.Unlock()
	return p.Prove(ctx, req)
}

func (a *attestation) resolve(ctx context.Context) (*prover.Attestation, error) {
	ib := bindings.NewBasedInbox()
	out, err := a.l1.CallContract(ctx, ethereum.CallMsg{To: &a.inbox, Data: ib.PackStateVerifier()}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the inbox's state verifier: %w", err)
	}
	cfg := *a.key
	if cfg.Verifier, err = ib.UnpackStateVerifier(out); err != nil {
		return nil, fmt.Errorf("read the inbox's state verifier: %w", err)
	}
	return prover.NewAttestation(cfg)
}

// timedProver bounds a remote prover by the configured share of the slot.
type timedProver struct {
	p       pipeline.Prover
	timeout time.Duration
}

func (t timedProver) Prove(ctx context.Context, req prover.Request) (common.Hash, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	return t.p.Prove(ctx, req)
}

// callBundle answers based_callBundle with the pipeline, which exists once the slot loop runs.
type callBundle struct{ app *App }

func (c callBundle) Call(ctx context.Context, b *bundle.CheckedBundle) (any, error) {
	r := c.app.runner
	if r == nil || r.parts == nil {
		return nil, pipeline.ErrNoMessage
	}
	return r.parts.pipeline.Call(ctx, b)
}

// nextSlot tells the searcher API which slot a bundle without l1Slot targets.
type nextSlot struct {
	beacon *beacon.Tracker
	clock  clock.Clock
}

func (n nextSlot) NextSlot() uint64 {
	s := n.beacon.Snapshot()
	if s.BuildSlot == 0 {
		if slots := n.beacon.Chain().Slots; slots != nil {
			return slots.SlotAt(n.clock.Now()) + 1
		}
	}
	return s.BuildSlot
}
