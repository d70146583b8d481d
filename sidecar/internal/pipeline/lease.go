package pipeline

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/lease"
)

// Replicas sharing a pool each build every slot; the slot's lease decides who sends. The lease
// is claimed when the message is taken up, so the holder is known before anyone builds; a
// follower builds all the same (it is warm: the same pool, the same simulations) and then
// waits on the lease until the slot's last send, taking over when the holder stops renewing.
// Nothing is sent before it is recorded under the sender's fencing token (Commit).

// turn is this replica's standing for one slot: held is true when it holds the lease (always
// without a lease: a single process sends every slot).
type turn struct {
	hold lease.Hold
	held bool
}

// claim tries to take the slot's lease, renewed until until. A Redis that does not answer
// makes this replica a follower for now: it claims again before it would send.
func (p *Pipeline) claim(ctx context.Context, log zerolog.Logger, slot uint64, until time.Time) turn {
	if p.deps.Lease == nil {
		return turn{held: true}
	}
	h, held, err := p.deps.Lease.Claim(ctx, slot, until)
	if err != nil {
		log.Warn().Err(err).Msg("slot lease not claimed")
	}
	return turn{hold: h, held: held}
}

func (p *Pipeline) release(ctx context.Context, log zerolog.Logger, t turn) {
	if p.deps.Lease == nil {
		return
	}
	if err := p.deps.Lease.Release(ctx, t.hold); err != nil {
		log.Warn().Err(err).Msg("slot lease not released")
	}
}

// gate returns what to send once this replica holds the slot's lease and has recorded it
// under its token: its own build, or the bundle an earlier holder recorded for the same slot
// and parent (so the slot is never sent with two contents). A lease found lapsed at the
// commit (this process stalled, or Redis restarted and lost it) is claimed once more.
func (p *Pipeline) gate(ctx context.Context, log zerolog.Logger, msg Message, b *built, t turn) (outgoing, error) {
	out := p.outgoing(msg, b)
	if p.deps.Lease == nil {
		return out, nil
	}
	until := p.deps.Schedule.For(msg.L1Slot).StopReplacing
	for attempt := 0; ; attempt++ {
		if !t.held {
			h, err := p.deps.Lease.Await(ctx, msg.L1Slot, until)
			if err != nil {
				return outgoing{}, err
			}
			t = turn{hold: h, held: true}
		}
		rec, err := p.deps.Lease.Commit(ctx, t.hold, b.target.ParentHash, out.record())
		switch {
		case err == nil:
			if rec.Commitment != out.commitment {
				log.Info().Str("commitment", rec.Commitment.Hex()).Msg("taking the slot over: sending the earlier holder's bundle")
			}
			return fromRecord(rec), nil
		case errors.Is(err, lease.ErrFenced) && attempt == 0:
			log.Warn().Err(err).Msg("slot lease lapsed before the send: claiming it again")
			t.held = false
		default:
			return outgoing{}, err
		}
	}
}

// outgoing is what goes on the wire for a slot, and what the tracker and statuses need of it.
type outgoing struct {
	ab                 *bundle.AtomicBundle
	commitment, l2Hash common.Hash
	slotEnding         uint64
	included           []common.Hash
}

func (p *Pipeline) outgoing(msg Message, b *built) outgoing {
	o := outgoing{ab: &bundle.AtomicBundle{
		Txs:          b.order.Raw(),
		BlockNumber:  b.target.Number(),
		MinTimestamp: b.target.Time, MaxTimestamp: b.target.Time,
		ReplacementUUID: p.uuid(msg.L1Slot, b.target.ParentHash),
	}, commitment: b.commitment, l2Hash: b.l2Hash, slotEnding: msg.L2BlockNumber}
	for _, cb := range b.plan.Selected {
		o.included = append(o.included, cb.Hash)
	}
	return o
}

func (o outgoing) record() lease.Record {
	return lease.Record{Bundle: o.ab, Commitment: o.commitment, L2Hash: o.l2Hash, SlotEnding: o.slotEnding, Included: o.included}
}

func fromRecord(r lease.Record) outgoing {
	return outgoing{ab: r.Bundle, commitment: r.Commitment, l2Hash: r.L2Hash, slotEnding: r.SlotEnding, included: r.Included}
}
