package pipeline

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/lease"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// The pipeline's view of the world, one narrow capability per interface. cmd/ wires the
// concrete clients (pool, simulators, inbox, relays, builder hook) to these.

// Forks is the beacon node's fork schedule: whether slot's block is built under Gloas (ePBS).
// beacon.Chain is one.
type Forks interface {
	GloasAt(slot uint64) bool
}

// Targets resolves the L1 block for (slot, parent) from the beacon node's payload attributes.
type Targets interface {
	Target(ctx context.Context, slot uint64, parent common.Hash) (slots.Target, error)
}

// Proposers tells whether slot's proposer takes builder blocks; known is false when no relay
// answered, in which case the pipeline builds anyway.
type Proposers interface {
	TakesBuilderBlocks(ctx context.Context, slot uint64) (takes, known bool)
}

// Bundles is the pool as the pipeline uses it: the live bundles for one based block, and the
// status changes searchers follow.
type Bundles interface {
	ForSlot(ctx context.Context, k pool.Key) ([]*pool.Entry, error)
	SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*pool.Entry, error)
}

// ForcedSource returns the forced-inclusion entries due at the L1 block of target, in order.
type ForcedSource interface {
	DueForced(ctx context.Context, target slots.Target) (slots.ForcedEntries, error)
}

// L2Chain reads the slot-ending block and simulates the based block on top of it. A
// transaction that cannot be included at all is reported as a *sim.InvalidTxError.
type L2Chain interface {
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	SimulateL2(ctx context.Context, env bundle.BasedBlockEnv, txs []*bundle.Tx) (*sim.L2Result, error)
}

// L1Simulator simulates the ordered atomic L1 bundle on the target block.
type L1Simulator interface {
	SimulateL1(ctx context.Context, env sim.L1Env, txs []*bundle.Tx) (*sim.L1Result, error)
}

// Prover proves the based block's post-state root (prover.RPC, prover.Attestation); nil
// when none is configured.
type Prover interface {
	Prove(ctx context.Context, req prover.Request) (postStateRoot common.Hash, proof []byte, err error)
}

// InboxTxs builds and signs the sidecar's one atomic inbox transaction for a slot.
type InboxTxs interface {
	Submit(ctx context.Context, s slots.SubmitArgs) (raw []byte, commitment common.Hash, err error)
	// Commitment predicts the commitment Submit will record, before any proof exists.
	Commitment(ctx context.Context, p slots.ProposeArgs) (common.Hash, error)
}

// Submitter sends the atomic bundle to every builder and relay endpoint. Submit returns at the
// first acceptance, or when every endpoint answered, or when ctx ends; the slower endpoints
// finish in the background, and all, when not nil, is called once with the whole fan-out's
// report. Cancel works the same way for the bundle's replacement uuid.
type Submitter interface {
	Submit(ctx context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery
	Cancel(ctx context.Context, replacementUUID string) slots.Delivery
}

// Publisher serves the bundle to a co-located builder; nil when there is none.
type Publisher interface {
	Publish(slot uint64, parent common.Hash, b *bundle.AtomicBundle)
	Withdraw(slot uint64, parent common.Hash)
}

// Standing ranks searcher identities for the order bundles are simulated in: higher first.
type Standing interface {
	Standing(identity common.Address) float64
}

// Quiet is work that must not compete with a slot's build for the simulators (searchers'
// based_callBundle): Hush holds it off until resume is called.
type Quiet interface {
	Hush() (resume func())
}

// Lease decides which of the replicas sharing a pool sends each slot (lease.Lease on Redis);
// nil when this process is the only one and sends every slot.
type Lease interface {
	Claim(ctx context.Context, slot uint64, until time.Time) (h lease.Hold, held bool, err error)
	Await(ctx context.Context, slot uint64, until time.Time) (lease.Hold, error)
	Commit(ctx context.Context, h lease.Hold, parent common.Hash, rec lease.Record) (lease.Record, error)
	Release(ctx context.Context, h lease.Hold) error
}
