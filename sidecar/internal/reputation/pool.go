package reputation

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// ErrNilDep is returned when Feed is given no pool or no reputation.
var ErrNilDep = errors.New("reputation: missing dependency")

// Pool is a pool.Pool whose status changes feed a Reputation: it is what the pipeline and the
// inclusion tracker record statuses through. Everything else passes through unchanged.
type Pool struct {
	pool.Pool
	rep *Reputation
}

var _ pool.Pool = (*Pool)(nil)

// Feed wraps p so that its bundles' outcomes move their signers' standing in r.
func Feed(p pool.Pool, r *Reputation) (*Pool, error) {
	if p == nil || r == nil {
		return nil, ErrNilDep
	}
	return &Pool{Pool: p, rep: r}, nil
}

// SetStatus records the change in the pool, then in the signer's standing: a bundle that
// failed on its own (the pipeline sets failed only then) lowers it, the first landing of a
// bundle raises it (a landing restored after a reorg is not counted twice).
func (p *Pool) SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*pool.Entry, error) {
	e, err := p.Pool.SetStatus(ctx, hash, c)
	if err != nil || e == nil {
		return e, err
	}
	if c.Status == bundle.StatusLanded && landedBefore(e.History) {
		return e, nil
	}
	p.rep.Observe(e.Identity, c.Status)
	return e, nil
}

// landedBefore reports whether h, the latest change aside, was landed once already.
func landedBefore(h []bundle.StatusChange) bool {
	for _, c := range h[:max(0, len(h)-1)] {
		if c.Status == bundle.StatusLanded {
			return true
		}
	}
	return false
}
