package searcherapi

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

type method func(ctx context.Context, caller common.Address, params []json.RawMessage) (any, *rpcError)

func (s *Server) methodTable() map[string]method {
	return map[string]method{
		bundle.MethodSendBundle:      s.sendBundle,
		bundle.MethodCancelBundle:    s.cancelBundle,
		bundle.MethodGetBundleStatus: s.getBundleStatus,
		bundle.MethodCallBundle:      s.callBundle,
	}
}

// SendResult is based_sendBundle's result.
type SendResult struct {
	BundleHash      common.Hash `json:"bundleHash"`
	ReplacementUUID string      `json:"replacementUuid"`
}

// positional checks the number of positional params (lo..hi).
func positional(ps []json.RawMessage, lo, hi int) ([]json.RawMessage, *rpcError) {
	if len(ps) < lo || len(ps) > hi {
		if lo == hi {
			return nil, newErr(CodeInvalidParams, "malformed", "params", "want %d element(s), got %d", lo, len(ps))
		}
		return nil, newErr(CodeInvalidParams, "malformed", "params", "want %d to %d elements, got %d", lo, hi, len(ps))
	}
	return ps, nil
}

func (s *Server) sendBundle(ctx context.Context, caller common.Address, params []json.RawMessage) (any, *rpcError) {
	ps, e := positional(params, 1, 1)
	if e != nil {
		return nil, e
	}
	b, cb, e := s.checkBundle(ctx, ps[0])
	if e != nil {
		return nil, e
	}
	if e := s.checkPayers(ctx, cb); e != nil {
		return nil, e
	}
	if b.ReplacementUUID == "" { // every bundle gets a handle it can be cancelled by
		b.ReplacementUUID = derivedUUID(caller, cb.Hash)
	}
	res, err := s.pool.Add(ctx, &pool.Entry{Hash: cb.Hash, Identity: caller, Bundle: cb, Wire: ps[0]})
	if err != nil {
		return nil, poolError(err, "bundle")
	}
	return SendResult{BundleHash: res.Entry.Hash, ReplacementUUID: res.Entry.UUID()}, nil
}

// checkBundle decodes and validates a composable bundle as based_sendBundle accepts it, its
// signed calls included (checkCalls).
func (s *Server) checkBundle(ctx context.Context, raw json.RawMessage) (*bundle.ComposableBundle, *bundle.CheckedBundle, *rpcError) {
	b, cb, e := s.validate(ctx, raw)
	if e != nil {
		return nil, nil, e
	}
	if e := s.checkCalls(ctx, b); e != nil {
		return nil, nil, e
	}
	return b, cb, nil
}

// validate decodes and validates raw in one of the validators' places (no I/O).
func (s *Server) validate(ctx context.Context, raw json.RawMessage) (*bundle.ComposableBundle, *bundle.CheckedBundle, *rpcError) {
	release, err := s.valid.acquire(ctx)
	if err != nil {
		return nil, nil, newErr(CodeNotAvailable, "not_available", "", "based_sendBundle: %v", err)
	}
	defer release()
	b, err := bundle.DecodeComposableBundle(raw)
	if err != nil {
		return nil, nil, fieldError(err)
	}
	if !s.l2[b.L2ChainID] {
		return nil, nil, newErr(CodeInvalidParams, "unknown_chain", "l2ChainId", "chain %d is not served here", b.L2ChainID)
	}
	if e := s.resolveSlot(b); e != nil {
		return nil, nil, e
	}
	b.ReplacementUUID = strings.ToLower(b.ReplacementUUID)
	if e := s.callsAccepted(b); e != nil {
		return nil, nil, e
	}
	cb, err := b.Validate(s.cfg.Limits, bundle.Chains{L1: s.cfg.L1ChainID, L2: b.L2ChainID, Inbox: s.cfg.Inbox, Submitter: s.cfg.Submitter})
	if err != nil {
		return nil, nil, fieldError(err)
	}
	return b, cb, nil
}

// resolveSlot turns l1Slot 0 into the next slot and refuses slots that passed or are too far.
func (s *Server) resolveSlot(b *bundle.ComposableBundle) *rpcError {
	next := s.slots.NextSlot()
	switch {
	case b.L1Slot == 0:
		b.L1Slot = next
	case b.L1Slot < next:
		return newErr(CodeInvalidParams, "slot_passed", "l1Slot", "slot %d has passed; the next slot is %d", b.L1Slot, next)
	case b.L1Slot-next > s.cfg.MaxSlotsAhead:
		return newErr(CodeInvalidParams, "slot_too_far", "l1Slot", "slot %d is more than %d slots after the next slot %d", b.L1Slot, s.cfg.MaxSlotsAhead, next)
	}
	return nil
}

type cancelParams struct {
	ReplacementUUID  string          `json:"replacementUuid"`
	ReplacementNonce json.RawMessage `json:"replacementNonce"`
	SignedAt         json.RawMessage `json:"signedAt"`
}

// CancelResult is based_cancelBundle's result.
type CancelResult struct {
	BundleHash common.Hash   `json:"bundleHash"`
	Status     bundle.Status `json:"status"`
}

func (s *Server) cancelBundle(ctx context.Context, caller common.Address, params []json.RawMessage) (any, *rpcError) {
	ps, e := positional(params, 1, 1)
	if e != nil {
		return nil, e
	}
	var p cancelParams
	dec := json.NewDecoder(bytes.NewReader(ps[0]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, newErr(CodeInvalidParams, "malformed", "params[0]",
			"want {\"replacementUuid\", \"replacementNonce\", \"signedAt\"}: %v", err)
	}
	if err := bundle.ExactKeys(ps[0], &p); err != nil {
		return nil, fieldError(err)
	}
	if p.ReplacementUUID == "" {
		return nil, newErr(CodeInvalidParams, "missing", "replacementUuid", "required")
	}
	if len(p.ReplacementNonce) == 0 {
		return nil, newErr(CodeInvalidParams, "missing", "replacementNonce", "required: the highest replacement nonce this cancel ends")
	}
	upTo, err := bundle.ParseQuantity("replacementNonce", p.ReplacementNonce)
	if err != nil {
		return nil, fieldError(err)
	}
	en, err := s.pool.Cancel(ctx, caller, strings.ToLower(p.ReplacementUUID), upTo, "cancelled by signer")
	if err != nil {
		return nil, poolError(err, "replacementUuid")
	}
	return CancelResult{BundleHash: en.Hash, Status: en.Status().Status}, nil
}

func (s *Server) getBundleStatus(ctx context.Context, caller common.Address, params []json.RawMessage) (any, *rpcError) {
	ps, e := positional(params, 1, 1)
	if e != nil {
		return nil, e
	}
	var hs string
	if json.Unmarshal(ps[0], &hs) != nil {
		return nil, newErr(CodeInvalidParams, "malformed", "bundleHash", "want a 0x hex string")
	}
	raw, err := hexutil.Decode(hs)
	if err != nil || len(raw) != common.HashLength {
		return nil, newErr(CodeInvalidParams, "malformed", "bundleHash", "want 32 bytes of 0x hex")
	}
	en, err := s.pool.Get(ctx, common.BytesToHash(raw))
	if err == nil && en.Identity != caller {
		err = pool.ErrNotFound // another signer's bundle is not theirs to see
	}
	if err != nil {
		return nil, poolError(err, "bundleHash")
	}
	return statusOf(en), nil
}

// callBundle simulates every leg of one bundle on the latest slot-ending message and sends
// nothing. params: [bundle] (a second element is accepted for eth_callBundle-style callers and
// must be an object; the slot simulated is the latest message's, named in the result). Each
// call is a simulation and is charged as one (budgets.go); none starts while a slot is built.
func (s *Server) callBundle(ctx context.Context, caller common.Address, params []json.RawMessage) (any, *rpcError) {
	ps, e := positional(params, 1, 2)
	if e != nil {
		return nil, e
	}
	if len(ps) == 2 && (len(ps[1]) == 0 || ps[1][0] != '{') {
		return nil, newErr(CodeInvalidParams, "malformed", "params[1]", "want an object")
	}
	if s.sim == nil {
		return nil, newErr(CodeNotAvailable, "not_available", "", "%s is not available: simulation is not enabled on this sidecar", bundle.MethodCallBundle)
	}
	if _, e := s.calls.begin(); e != nil { // refused while building, before anything is charged
		return nil, e
	}
	if e := s.calls.take(caller, s.proven(caller), s.now()); e != nil {
		return nil, e
	}
	_, cb, e := s.checkBundle(ctx, ps[0])
	if e != nil {
		return nil, e
	}
	return s.simulate(ctx, func(ctx context.Context) (any, error) { return s.sim.Call(ctx, cb) })
}

// proven reports whether caller has proven standing (never without a Standings).
func (s *Server) proven(caller common.Address) bool {
	return s.standing != nil && s.standing.Proven(caller)
}

// StatusResult is based_getBundleStatus's result.
type StatusResult struct {
	BundleHash      common.Hash     `json:"bundleHash"`
	Status          bundle.Status   `json:"status"`
	L2ChainID       hexutil.Uint64  `json:"l2ChainId"`
	L1Slot          hexutil.Uint64  `json:"l1Slot"`
	ReplacementUUID string          `json:"replacementUuid,omitempty"`
	Reason          string          `json:"reason,omitempty"`
	L1BlockNumber   *hexutil.Uint64 `json:"l1BlockNumber,omitempty"`
	// DeliveredBy and DeliveryDisagreement: who delivered the slot's L1 block, by the relays'
	// data APIs (landed and not_landed, when a relay reports it).
	DeliveredBy          []bundle.Delivery `json:"deliveredBy,omitempty"`
	DeliveryDisagreement bool              `json:"deliveryDisagreement,omitempty"`
	Timestamps           map[string]int64  `json:"timestamps"` // status → unix milliseconds it was last entered
	History              []StatusEvent     `json:"history"`
}

// StatusEvent is one change, as in the history and in the event stream.
type StatusEvent struct {
	Status        bundle.Status   `json:"status"`
	Timestamp     int64           `json:"timestamp"` // unix milliseconds
	Reason        string          `json:"reason,omitempty"`
	L1BlockNumber *hexutil.Uint64 `json:"l1BlockNumber,omitempty"`
	// DeliveredBy and DeliveryDisagreement as in StatusResult.
	DeliveredBy          []bundle.Delivery `json:"deliveredBy,omitempty"`
	DeliveryDisagreement bool              `json:"deliveryDisagreement,omitempty"`
}

func eventOf(c bundle.StatusChange) StatusEvent {
	ev := StatusEvent{Status: c.Status, Timestamp: c.At.UnixMilli(), Reason: c.Reason,
		DeliveredBy: c.DeliveredBy, DeliveryDisagreement: c.DeliveryDisagreement}
	if c.L1BlockNumber != 0 {
		n := hexutil.Uint64(c.L1BlockNumber)
		ev.L1BlockNumber = &n
	}
	return ev
}

func statusOf(e *pool.Entry) StatusResult {
	cur := eventOf(e.Status())
	r := StatusResult{
		BundleHash: e.Hash, Status: cur.Status, Reason: cur.Reason, L1BlockNumber: cur.L1BlockNumber,
		DeliveredBy: cur.DeliveredBy, DeliveryDisagreement: cur.DeliveryDisagreement,
		L2ChainID: hexutil.Uint64(e.Bundle.L2ChainID), L1Slot: hexutil.Uint64(e.Bundle.L1Slot),
		ReplacementUUID: e.UUID(), Timestamps: map[string]int64{},
	}
	for _, c := range e.History {
		ev := eventOf(c)
		r.History = append(r.History, ev)
		r.Timestamps[string(c.Status)] = ev.Timestamp
	}
	return r
}
