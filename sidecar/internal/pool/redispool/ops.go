package redispool

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// scriptReply is a script's {code, field...}; args are the fields that are strings.
type scriptReply struct {
	code   string
	fields []any
	args   []string
}

func reply(v any) (scriptReply, error) {
	f, ok := v.([]any)
	if !ok || len(f) == 0 {
		return scriptReply{}, fmt.Errorf("%w: script reply %T", ErrCorrupt, v)
	}
	code, _ := f[0].(string)
	r := scriptReply{code: code, fields: f[1:]}
	if code == "err" && len(f) > 1 {
		r.code, _ = f[1].(string)
		r.fields = f[2:]
	}
	for _, x := range r.fields {
		switch x := x.(type) {
		case string:
			r.args = append(r.args, x)
		case int64:
			r.args = append(r.args, strconv.FormatInt(x, 10))
		}
	}
	return r, nil
}

func jsonString(v any, dst any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%w: %T is not JSON text", ErrCorrupt, v)
	}
	return json.Unmarshal([]byte(s), dst)
}

// snapshotReply reads {"ok", snapshot} or a refusal; refused turns the refusal into an error.
func (p *Pool) snapshotReply(v any, refused func(scriptReply) error) (*pool.Entry, error) {
	r, err := reply(v)
	if err != nil {
		return nil, err
	}
	if r.code != "ok" || len(r.fields) != 1 {
		return nil, refused(r)
	}
	e, _, err := decodeSnapshot(r.fields[0], p.cache)
	return e, err
}

// Cancel cancels the signer's live bundle held under uuid, as pool.Memory.Cancel does.
func (p *Pool) Cancel(ctx context.Context, identity common.Address, uuid string, maxNonce uint64, reason string) (*pool.Entry, error) {
	c := bundle.StatusChange{Status: bundle.StatusCancelled, At: p.now(), Reason: reason}
	cj, err := change(c)
	if err != nil {
		return nil, fmt.Errorf("encode status: %w", err)
	}
	v, err := p.run(ctx, "cancel", p.sc.cancel, []any{p.cfg.Prefix, identity.Hex(), uuid, nonceText(maxNonce), cj, micros(c)})
	if err != nil {
		return nil, err
	}
	return p.snapshotReply(v, func(r scriptReply) error {
		switch {
		case r.code == "notfound":
			return fmt.Errorf("replacementUuid %q for this signer: %w", uuid, pool.ErrNotFound)
		case r.code == "nonce" && len(r.args) == 2:
			n, _ := strconv.ParseUint(r.args[0], 10, 64)
			return fmt.Errorf("%w: the bundle %s held under this uuid has nonce %d, above %d: not cancelled",
				pool.ErrNonceTooLow, r.args[1], n, maxNonce)
		case r.code == "transition" && len(r.args) == 2:
			return fmt.Errorf("%w: bundle %s is already %s", pool.ErrTransition, r.args[1], r.args[0])
		}
		return fmt.Errorf("%w: cancel script answered %q", ErrCorrupt, r.code)
	})
}

// SetStatus records a transition allowed by pool.Allowed; c.At defaults to now.
func (p *Pool) SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*pool.Entry, error) {
	if c.At.IsZero() {
		c.At = p.now()
	}
	cj, err := change(c)
	if err != nil {
		return nil, fmt.Errorf("encode status: %w", err)
	}
	v, err := p.run(ctx, "set status", p.sc.status, []any{p.cfg.Prefix, hash.Hex(), string(c.Status), cj, micros(c)})
	if err != nil {
		return nil, err
	}
	return p.snapshotReply(v, func(r scriptReply) error {
		switch {
		case r.code == "notfound":
			return fmt.Errorf("bundle %s: %w", hash.Hex(), pool.ErrNotFound)
		case r.code == "transition" && len(r.args) == 1:
			return fmt.Errorf("%w: %s to %s", pool.ErrTransition, r.args[0], c.Status)
		}
		return fmt.Errorf("%w: status script answered %q", ErrCorrupt, r.code)
	})
}

// Get returns the bundle with this hash.
func (p *Pool) Get(ctx context.Context, hash common.Hash) (*pool.Entry, error) {
	e, _, err := p.get(ctx, hash)
	return e, err
}

// get returns the bundle and which life of its hash it is.
func (p *Pool) get(ctx context.Context, hash common.Hash) (*pool.Entry, uint64, error) {
	v, err := p.run(ctx, "get", p.sc.get, []any{p.cfg.Prefix, hash.Hex()})
	if err != nil {
		return nil, 0, err
	}
	r, err := reply(v)
	if err != nil {
		return nil, 0, err
	}
	if r.code != "ok" || len(r.fields) != 1 {
		return nil, 0, fmt.Errorf("bundle %s: %w", hash.Hex(), pool.ErrNotFound)
	}
	return decodeSnapshot(r.fields[0], p.cache)
}

// ForSlot returns the live bundles for k in arrival order (across replicas: the order Redis
// accepted them in).
func (p *Pool) ForSlot(ctx context.Context, k pool.Key) ([]*pool.Entry, error) {
	v, err := p.run(ctx, "for slot", p.sc.forSlot, []any{p.cfg.Prefix,
		strconv.FormatUint(k.L2ChainID, 10), strconv.FormatUint(k.L1Slot, 10)})
	if err != nil {
		return nil, err
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%w: for slot reply %T", ErrCorrupt, v)
	}
	out := make([]*pool.Entry, 0, len(list))
	for _, s := range list {
		e, _, err := decodeSnapshot(s, p.cache)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Prune expires and forgets as pool.Memory.Prune does, in one script. Several replicas may
// prune the same slot: the second finds nothing left to do.
func (p *Pool) Prune(ctx context.Context, nextSlot uint64) (pool.PruneResult, error) {
	now := p.now()
	per := p.cfg.MaxFinishedPerIdentity
	if per == 0 {
		per = p.cfg.MaxFinished
	}
	v, err := p.run(ctx, "prune", p.sc.prune, []any{p.cfg.Prefix, strconv.FormatUint(nextSlot, 10),
		strconv.FormatInt(now.UnixMicro(), 10), now.Format(time.RFC3339Nano),
		strconv.FormatInt(p.cfg.Retention.Microseconds(), 10), p.cfg.MaxFinished, per})
	if err != nil {
		return pool.PruneResult{}, err
	}
	f, ok := v.([]any)
	if !ok || len(f) != 2 {
		return pool.PruneResult{}, fmt.Errorf("%w: prune reply %v", ErrCorrupt, v)
	}
	exp, _ := f[0].(int64)
	forg, _ := f[1].(int64)
	return pool.PruneResult{Expired: int(exp), Forgotten: int(forg)}, nil
}
