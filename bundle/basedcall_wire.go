package bundle

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Call legs, as they are named in errors (and on the wire).
const (
	legPreCalls  = "preCalls"
	legPostCalls = "postCalls"
)

// signatureLen is what one call costs against Limits.MaxBytes besides its data.
const signatureLen = 65

// callWire is one signed call as based_sendBundle carries it. The chain id and the inbox are
// not on the wire (they are the sidecar's, bound by Validate), nor is the slot (the bundle's).
type callWire struct {
	Account   string          `json:"account"`
	Target    string          `json:"target"`
	Value     json.RawMessage `json:"value,omitempty"`
	Data      string          `json:"data"`
	Nonce     json.RawMessage `json:"nonce"`
	Deadline  json.RawMessage `json:"deadline"`
	Signature string          `json:"signature"`
}

// decodeCalls decodes one call leg; slot is the bundle's l1Slot.
func decodeCalls(leg string, ws []callWire, slot uint64) ([]SignedCall, error) {
	if len(ws) == 0 {
		return nil, nil
	}
	out := make([]SignedCall, len(ws))
	for i, w := range ws {
		c, err := w.call(fmt.Sprintf("%s[%d]", leg, i))
		if err != nil {
			return nil, err
		}
		c.Call.L1Slot = slot
		out[i] = c
	}
	return out, nil
}

func (w callWire) call(field string) (SignedCall, error) {
	var c SignedCall
	for _, req := range []struct{ name, v string }{
		{"account", w.Account}, {"target", w.Target}, {"data", w.Data}, {"signature", w.Signature},
	} {
		if req.v == "" {
			return c, fieldErr(field+"."+req.name, ErrMissing, "required")
		}
	}
	for _, req := range []struct {
		name string
		raw  json.RawMessage
	}{{"nonce", w.Nonce}, {"deadline", w.Deadline}} {
		if len(req.raw) == 0 || string(req.raw) == "null" {
			return c, fieldErr(field+"."+req.name, ErrMissing, "required")
		}
	}
	var err error
	if c.Account, err = parseAddress(field+".account", w.Account); err != nil {
		return c, err
	}
	if c.Call.Target, err = parseAddress(field+".target", w.Target); err != nil {
		return c, err
	}
	if c.Call.Value, err = parseBigQuantity(field+".value", w.Value); err != nil {
		return c, err
	}
	if c.Call.Data, err = parseBytes(field+".data", w.Data); err != nil {
		return c, err
	}
	if c.Call.Nonce, err = parseQuantity(field+".nonce", w.Nonce); err != nil {
		return c, err
	}
	if c.Call.Deadline, err = parseQuantity(field+".deadline", w.Deadline); err != nil {
		return c, err
	}
	if c.Signature, err = parseBytes(field+".signature", w.Signature); err != nil {
		return c, err
	}
	if len(c.Signature) != signatureLen {
		return c, fieldErr(field+".signature", ErrMalformed, "want %d bytes, got %d", signatureLen, len(c.Signature))
	}
	return c, nil
}

// parseBigQuantity reads a uint256 as a 0x hex string or a JSON integer; absent is nil (zero).
func parseBigQuantity(field string, raw json.RawMessage) (*big.Int, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fieldErr(field, ErrMalformed, "bad string")
		}
		v, err := hexutil.DecodeBig(s)
		if err != nil {
			return nil, fieldErr(field, ErrMalformed, "want a 0x hex quantity of at most 256 bits: %v", err)
		}
		return v, nil
	}
	v, ok := new(big.Int).SetString(string(raw), 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 || strings.ContainsAny(string(raw), "+-") {
		return nil, fieldErr(field, ErrMalformed, "want a 0x hex quantity or a non-negative integer of at most 256 bits")
	}
	return v, nil
}

func encodeCalls(cs []SignedCall) []callWire {
	if len(cs) == 0 {
		return nil
	}
	out := make([]callWire, len(cs))
	for i, c := range cs {
		w := callWire{
			Account: c.Account.Hex(), Target: c.Call.Target.Hex(), Data: hexutil.Encode(c.Call.Data),
			Nonce: quantityJSON(c.Call.Nonce), Deadline: quantityJSON(c.Call.Deadline),
			Signature: hexutil.Encode(c.Signature),
		}
		if c.Call.Value != nil && c.Call.Value.Sign() != 0 {
			w.Value, _ = json.Marshal(hexutil.EncodeBig(c.Call.Value))
		}
		out[i] = w
	}
	return out
}

// CallID identifies a signed call inside the bundle's Hash: its EIP-712 digest over what the
// searcher sent, with the chain id, inbox, submitter and bundle id left zero. Those are bound only by
// Validate, so a bundle decoded again from its wire (a journal reload) hashes the same as when
// it was accepted.
func (s *SignedCall) CallID() common.Hash {
	c := s.Call
	c.ChainID, c.Inbox, c.Submitter, c.BundleID = 0, common.Address{}, common.Address{}, common.Hash{}
	return c.Digest(s.Account)
}

// HasCalls reports whether the bundle carries signed calls.
func (b *ComposableBundle) HasCalls() bool { return len(b.PreCalls)+len(b.PostCalls) > 0 }

// BindCalls sets every call's chain id, inbox and submitter to c's, its slot to the bundle's and its
// bundle id to the bundle's (CallGroup.Bind): the parts of what the account signed that the wire
// leaves out. Validate calls it; the inbox binds again when it packs the calls.
func (b *ComposableBundle) BindCalls(c Chains) { b.CallGroup().Bind(c) }

// CallGroup is the bundle's L1 part of the atomic transaction; its calls are the bundle's own.
func (b *ComposableBundle) CallGroup() CallGroup {
	return CallGroup{L1Slot: b.L1Slot, PreCalls: b.PreCalls, PostCalls: b.PostCalls, Assertions: b.Assertions}
}

// SignCalls binds the bundle's calls to c and signs each with the key of its account; every
// account must have a key among keys.
func (b *ComposableBundle) SignCalls(c Chains, keys ...*ecdsa.PrivateKey) error {
	b.BindCalls(c)
	byAccount := map[common.Address]*ecdsa.PrivateKey{}
	for _, k := range keys {
		byAccount[crypto.PubkeyToAddress(k.PublicKey)] = k
	}
	return b.EachCall(func(field string, sc *SignedCall) error {
		key, ok := byAccount[sc.Account]
		if !ok {
			return fieldErr(field+".account", ErrCallSignature, "no key for account %s", sc.Account.Hex())
		}
		signed, err := SignCall(key, sc.Call)
		if err != nil {
			return err
		}
		sc.Signature = signed.Signature
		return nil
	})
}

// EachCall calls f with every signed call in leg order (pre, then post) and its field name
// ("preCalls[1]"), stopping at the first error.
func (b *ComposableBundle) EachCall(f func(field string, c *SignedCall) error) error {
	for _, leg := range []struct {
		name  string
		calls []SignedCall
	}{{legPreCalls, b.PreCalls}, {legPostCalls, b.PostCalls}} {
		for i := range leg.calls {
			if err := f(fmt.Sprintf("%s[%d]", leg.name, i), &leg.calls[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkCalls refuses, naming the call, a signature that does not recover to the call's
// account, and two calls of one account whose nonces do not follow each other in leg order
// (the account contract runs them in that order and wants exactly its next nonce each time).
// The calls must be bound (BindCalls).
func (b *ComposableBundle) checkCalls() error {
	if b.HasCalls() && b.L1Slot == 0 {
		return fieldErr("l1Slot", ErrMissing, "a bundle with signed calls must name its slot (the calls sign it)")
	}
	last := map[common.Address]uint64{}
	return b.EachCall(func(field string, c *SignedCall) error {
		signer, err := c.Signer(field + ".signature")
		if err != nil {
			reason := err.Error()
			if fe, ok := IsFieldError(err); ok {
				reason = fe.Reason
			}
			return fieldErr(field+".signature", ErrCallSignature, "%s", reason)
		}
		if signer != c.Account {
			return fieldErr(field+".signature", ErrCallSignature,
				"recovers to %s, not to account %s (the signature covers chain id %d, inbox %s and the bundle's l1Slot %d)",
				signer.Hex(), c.Account.Hex(), c.Call.ChainID, c.Call.Inbox.Hex(), c.Call.L1Slot)
		}
		if prev, ok := last[c.Account]; ok && c.Call.Nonce != prev+1 {
			return fieldErr(field+".nonce", ErrCallNonce, "nonce %d after nonce %d of the same account in this bundle; want %d",
				c.Call.Nonce, prev, prev+1)
		}
		last[c.Account] = c.Call.Nonce
		return nil
	})
}

// CheckCallDeadlines refuses a call whose deadline is before slotTime (unix seconds), the
// timestamp of the L1 block of the bundle's slot: the account contract would refuse it there.
// It is apart from Validate because only the caller knows the slot clock.
func (b *ComposableBundle) CheckCallDeadlines(slotTime uint64) error {
	return b.EachCall(func(field string, c *SignedCall) error {
		if c.Call.Deadline < slotTime {
			return fieldErr(field+".deadline", ErrCallDeadline, "deadline %d is before %d, the time of slot %d",
				c.Call.Deadline, slotTime, b.L1Slot)
		}
		return nil
	})
}
