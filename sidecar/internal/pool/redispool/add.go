package redispool

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// Add pools e with pool.Memory's rules (see pool.Memory.Add), atomically across replicas. It
// returns once Redis has replied, that is (with appendfsync always) once the bundle is in the
// fsynced AOF. The signer's allowance is read from Quotas before the script runs.
func (p *Pool) Add(ctx context.Context, e *pool.Entry) (pool.AddResult, error) {
	if err := checkEntry(e); err != nil {
		return pool.AddResult{}, err
	}
	args, err := p.addArgs(e)
	if err != nil {
		return pool.AddResult{}, err
	}
	v, err := p.run(ctx, "add", p.sc.add, args)
	if err != nil {
		return pool.AddResult{}, err
	}
	r, err := reply(v)
	if err != nil {
		return pool.AddResult{}, err
	}
	switch r.code {
	case "dup":
		dup, _, err := decodeSnapshot(r.fields[0], p.cache)
		return pool.AddResult{Entry: dup, Duplicate: true}, err
	case "ok":
		return p.added(e, r.fields, args[13])
	}
	return pool.AddResult{}, addError(e, r)
}

func (p *Pool) addArgs(e *pool.Entry) ([]any, error) {
	w, err := wire(e)
	if err != nil {
		return nil, fmt.Errorf("encode bundle: %w", err)
	}
	now := p.now()
	recv, err1 := change(bundle.StatusChange{Status: bundle.StatusReceived, At: now})
	resent, err2 := change(bundle.StatusChange{Status: bundle.StatusExpired, At: now,
		Reason: fmt.Sprintf("resent for slot %d", e.Bundle.L1Slot)})
	replaced, err3 := change(bundle.StatusChange{Status: bundle.StatusCancelled, At: now, Reason: "replaced by " + e.Hash.Hex()})
	if err := errors.Join(err1, err2, err3); err != nil {
		return nil, fmt.Errorf("encode status: %w", err)
	}
	a := p.cfg.SignerAllowance(p.quotas, e.Identity)
	return []any{p.cfg.Prefix, e.Hash.Hex(), e.Identity.Hex(), strconv.FormatUint(e.Bundle.L2ChainID, 10),
		strconv.FormatUint(e.Bundle.L1Slot, 10), e.UUID(), nonceText(e.Nonce()), w, senders(e.Bundle),
		strconv.FormatInt(now.UnixMicro(), 10), a.PerSlot, p.cfg.SlotLimit(a), p.cfg.MaxLive,
		recv, resent, replaced}, nil
}

// added builds the new entry the script stored: fields are {seq, replaced hash or ""}.
func (p *Pool) added(e *pool.Entry, fields []any, recv any) (pool.AddResult, error) {
	var c bundle.StatusChange
	if err := jsonString(recv, &c); err != nil {
		return pool.AddResult{}, err
	}
	ne := &pool.Entry{Hash: e.Hash, Identity: e.Identity, Bundle: e.Bundle, Wire: e.Wire, History: []bundle.StatusChange{c}}
	res := pool.AddResult{Entry: ne}
	if seq, ok := fields[0].(int64); ok && len(fields) == 2 {
		p.cache.put(lifeKey{e.Hash, uint64(seq)}, e.Bundle)
		if h, _ := fields[1].(string); h != "" {
			rh := common.HexToHash(h)
			res.Replaced = &rh
		}
	}
	return res, nil
}

// addError maps a refusal of the add script to pool's sentinel errors, with pool.Memory's words.
func addError(e *pool.Entry, r scriptReply) error {
	arg := func(i int) string {
		if i < len(r.args) {
			return r.args[i]
		}
		return ""
	}
	switch r.code {
	case "dup_signer":
		return fmt.Errorf("%w: by another signer", pool.ErrDuplicate)
	case "dup_submitted":
		return fmt.Errorf("%w: submitted for slot %s, its outcome is not known yet", pool.ErrDuplicate, arg(0))
	case "dup_later":
		return fmt.Errorf("%w: for the later slot %s", pool.ErrDuplicate, arg(0))
	case "nonce":
		held, _ := strconv.ParseUint(arg(0), 10, 64)
		return fmt.Errorf("%w: %d is not above %d of %s bundle %s", pool.ErrNonceTooLow, e.Nonce(), held, arg(1), arg(2))
	case "slot_cap":
		return fmt.Errorf("%w: limit %s for slot %d", pool.ErrSlotCap, arg(0), e.Bundle.L1Slot)
	case "slot_full":
		return fmt.Errorf("%w: slot %d holds %s bundles, the limit for this signer", pool.ErrSlotFull, e.Bundle.L1Slot, arg(0))
	case "pool_full":
		return fmt.Errorf("%w: %s live bundles", pool.ErrPoolFull, arg(0))
	}
	return fmt.Errorf("%w: add script answered %q", ErrCorrupt, r.code)
}

func checkEntry(e *pool.Entry) error {
	switch {
	case e == nil || e.Bundle == nil || e.Bundle.ComposableBundle == nil:
		return fmt.Errorf("%w: no bundle", pool.ErrInvalidEntry)
	case e.Bundle.L1Slot == 0:
		return fmt.Errorf("%w: target slot not resolved", pool.ErrInvalidEntry)
	case e.Identity == (common.Address{}):
		return fmt.Errorf("%w: no signer", pool.ErrInvalidEntry)
	case e.Hash == (common.Hash{}):
		return fmt.Errorf("%w: no hash", pool.ErrInvalidEntry)
	}
	return nil
}

// run runs a script and reports a failure to reach Redis as ErrUnavailable.
func (p *Pool) run(ctx context.Context, op string, s *redis.Script, args []any) (any, error) {
	v, err := s.Run(ctx, p.rdb, nil, args...).Result()
	if err != nil {
		p.m.failure(op)
		if isNetErr(err) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			if ctx.Err() == nil { // not the caller giving up
				p.log.Warn().Err(err).Str("op", op).Msg("redis did not answer")
			}
			return nil, fmt.Errorf("%w: %s: %w", ErrUnavailable, op, err)
		}
		p.log.Error().Err(err).Str("op", op).Msg("redis refused a pool script")
		return nil, fmt.Errorf("redis %s: %w", op, err)
	}
	return v, nil
}

func isNetErr(err error) bool {
	var ne net.Error
	var oe *net.OpError
	return errors.As(err, &ne) || errors.As(err, &oe) || errors.Is(err, redis.ErrClosed) ||
		redis.HasErrorPrefix(err, "LOADING") || redis.HasErrorPrefix(err, "MISCONF")
}
