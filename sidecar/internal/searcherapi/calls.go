package searcherapi

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// CallNonces reads a based account's next signed-call nonce (basedNonce()) on the L1 head.
// accounts.Nonces implements it.
type CallNonces interface {
	BasedNonce(ctx context.Context, account common.Address) (uint64, error)
}

// SlotTimes gives the start of an L1 slot: the timestamp of the L1 block built for it.
// *clock.SlotClock implements it. A zero Time means not known yet (the deadline is then
// checked against the clock's now only).
type SlotTimes interface {
	SlotStart(slot uint64) time.Time
}

// Rejection reasons of signed calls that bundle's pure checks cannot give.
const (
	reasonCallsOff     = "calls_not_accepted"
	reasonCallReplayed = "call_replayed"
	reasonNonceUnknown = "nonce_unavailable"
)

// checkCalls is the intake of a bundle's signed calls, after bundle.Validate (which checked
// their signatures and their order): the slot is the bundle's and was checked by resolveSlot;
// here, the deadline against the slot's time (and the clock), and each account's first nonce
// in the bundle against its nonce on the L1 head. A nonce below it is a replay and is refused;
// a higher one is accepted, since the calls before it may be pooled in other bundles.
func (s *Server) checkCalls(ctx context.Context, b *bundle.ComposableBundle) *rpcError {
	if !b.HasCalls() {
		return nil
	}
	if err := b.CheckCallDeadlines(s.callTimeFloor(b.L1Slot)); err != nil {
		return fieldError(err)
	}
	if s.nonces == nil {
		return nil
	}
	return s.checkNonces(ctx, b)
}

// callsAccepted refuses signed calls when there is no inbox to bind them to (before
// bundle.Validate, which would call every signature wrong).
func (s *Server) callsAccepted(b *bundle.ComposableBundle) *rpcError {
	if !b.HasCalls() || s.cfg.Inbox != (common.Address{}) {
		return nil
	}
	field := "preCalls"
	if len(b.PreCalls) == 0 {
		field = "postCalls"
	}
	return newErr(CodeInvalidParams, reasonCallsOff, field, "signed calls are not accepted: this sidecar has no inbox configured")
}

// callTimeFloor is the earliest a call of slot can run: the slot's start (when the slot clock
// is known) and never before now.
func (s *Server) callTimeFloor(slot uint64) uint64 {
	floor := s.now().Unix()
	if s.slotTimes != nil {
		if start := s.slotTimes.SlotStart(slot).Unix(); start > floor {
			floor = start
		}
	}
	if floor < 0 {
		return 0
	}
	return uint64(floor)
}

// checkNonces reads each account once, at its first call in leg order: bundle.Validate made
// the account's later calls in the bundle follow it.
func (s *Server) checkNonces(ctx context.Context, b *bundle.ComposableBundle) *rpcError {
	read := map[common.Address]bool{}
	var refused *rpcError
	_ = b.EachCall(func(field string, c *bundle.SignedCall) error {
		if read[c.Account] {
			return nil
		}
		read[c.Account] = true
		next, err := s.nonces.BasedNonce(ctx, c.Account)
		if err != nil {
			s.log.Warn().Err(err).Str("account", c.Account.Hex()).Msg("reading a based account's nonce")
			refused = newErr(CodeNotAvailable, reasonNonceUnknown, field+".nonce",
				"could not read the nonce of account %s on L1; try again", c.Account.Hex())
			return err
		}
		if c.Call.Nonce < next {
			refused = newErr(CodeRejected, reasonCallReplayed, field+".nonce",
				"%v: nonce %d of account %s is below its next nonce %d on the L1 head", bundle.ErrCallReplayed,
				c.Call.Nonce, c.Account.Hex(), next)
			return bundle.ErrCallReplayed
		}
		return nil
	})
	return refused
}
