package bundle

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Limits bound what one searcher bundle may cost the sidecar. They come from configuration.
type Limits struct {
	MaxTxs          int      // pre + L2 + post transactions, plus signed calls
	MaxBytes        int      // raw transactions, assertion data, call data + 65 per call
	MaxGasPerTx     uint64   // per transaction, either chain
	MaxGasPerBundle uint64   // per chain: L1 legs together, L2 leg alone
	MinPriorityFee  *big.Int // wei per gas, L1 transactions; nil means no floor
	MinL2Fee        *big.Int // wei per gas, L2 transactions (fee cap); nil means no floor
	MaxAssertions   int
	AllowBlobTxs    bool
}

// Chains are the chain ids each leg must be signed for.
type Chains struct {
	L1        uint64
	L2        uint64
	Inbox     common.Address // the inbox signed calls must name
	Submitter common.Address // the sidecar's L1 address: the one sender signed calls allow
}

// CheckedBundle is a bundle whose every transaction decoded, recovered and fits the limits.
type CheckedBundle struct {
	*ComposableBundle
	Hash    common.Hash
	Pre     []*Tx
	L2      []*Tx
	Post    []*Tx
	L1Gas   uint64
	L2Gas   uint64
	Signers []common.Address // distinct senders, in first-seen order
}

// Tx is a decoded transaction with its recovered sender.
type Tx struct {
	*types.Transaction
	Raw    []byte
	Sender common.Address
}

// DecodeTx decodes a raw EIP-2718 transaction (or legacy RLP) and recovers its sender for the
// given chain. Errors name field.
func DecodeTx(field string, raw []byte, chainID uint64) (*Tx, error) {
	if len(raw) == 0 {
		return nil, fieldErr(field, ErrMalformed, "empty transaction")
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fieldErr(field, ErrMalformed, "not an EIP-2718 transaction: %v", err)
	}
	if tx.Protected() || tx.Type() != types.LegacyTxType {
		if got := tx.ChainId(); got == nil || !got.IsUint64() || got.Uint64() != chainID {
			return nil, fieldErr(field, ErrChainID, "signed for chain %v, want %d", tx.ChainId(), chainID)
		}
	} else {
		return nil, fieldErr(field, ErrChainID, "unprotected legacy transaction (no chain id)")
	}
	sender, err := types.Sender(types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &tx)
	if err != nil {
		return nil, fieldErr(field, ErrSender, "%v", err)
	}
	return &Tx{Transaction: &tx, Raw: raw, Sender: sender}, nil
}

// Validate checks every rule that needs no chain state: sizes, counts, chain ids, senders, gas
// caps, fee floors, blob policy, the timestamp window, the replacement fields, and the
// signed calls (bound to c first: BindCalls) for their signature and their nonce order. A
// call's deadline needs the slot clock (CheckCallDeadlines) and its nonce's freshness needs the
// chain; the caller checks those.
func (b *ComposableBundle) Validate(l Limits, c Chains) (*CheckedBundle, error) {
	if err := b.checkShape(l); err != nil {
		return nil, err
	}
	b.BindCalls(c)
	if err := b.checkCalls(); err != nil {
		return nil, err
	}
	cb, err := b.assemble(func(leg legName, i int, raw []byte) (*Tx, error) {
		field := fmt.Sprintf("%s[%d]", leg, i)
		chain, floor := c.L1, l.MinPriorityFee
		if leg == legL2 {
			chain, floor = c.L2, l.MinL2Fee
		}
		tx, err := DecodeTx(field, raw, chain)
		if err != nil {
			return nil, err
		}
		return tx, checkTx(field, tx, l, floor, leg != legL2)
	})
	if err != nil {
		return nil, err
	}
	if cb.L1Gas > l.MaxGasPerBundle {
		return nil, fieldErr("preTxs+postTxs", ErrGasCap, "L1 gas %d over bundle cap %d", cb.L1Gas, l.MaxGasPerBundle)
	}
	if cb.L2Gas > l.MaxGasPerBundle {
		return nil, fieldErr("l2Txs", ErrGasCap, "L2 gas %d over bundle cap %d", cb.L2Gas, l.MaxGasPerBundle)
	}
	return cb, nil
}

// Restore rebuilds the checked form of a bundle that was validated before (a journal reloading
// what it accepted), taking the transactions' senders as recorded then, in bundle order,
// instead of recovering every signature again.
func (b *ComposableBundle) Restore(senders []common.Address) (*CheckedBundle, error) {
	n := 0
	cb, err := b.assemble(func(leg legName, i int, raw []byte) (*Tx, error) {
		field := fmt.Sprintf("%s[%d]", leg, i)
		if n >= len(senders) {
			return nil, fieldErr(field, ErrSender, "%d senders recorded for more transactions", len(senders))
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fieldErr(field, ErrMalformed, "not an EIP-2718 transaction: %v", err)
		}
		n++
		return &Tx{Transaction: &tx, Raw: raw, Sender: senders[n-1]}, nil
	})
	if err == nil && n != len(senders) {
		err = fieldErr("txs", ErrSender, "%d senders recorded for %d transactions", len(senders), n)
	}
	return cb, err
}

type legName string

const (
	legPre  legName = "preTxs"
	legL2   legName = "l2Txs"
	legPost legName = "postTxs"
)

// assemble builds the checked bundle leg by leg, in order, from each raw transaction as tx
// turns it into a Tx: gas per chain, distinct signers in first-seen order, the bundle hash.
func (b *ComposableBundle) assemble(tx func(leg legName, i int, raw []byte) (*Tx, error)) (*CheckedBundle, error) {
	cb := &CheckedBundle{ComposableBundle: b}
	seen := map[common.Address]bool{}
	for _, leg := range []struct {
		name legName
		raws [][]byte
		dst  *[]*Tx
		gas  *uint64
	}{{legPre, b.PreTxs, &cb.Pre, &cb.L1Gas}, {legL2, b.L2Txs, &cb.L2, &cb.L2Gas}, {legPost, b.PostTxs, &cb.Post, &cb.L1Gas}} {
		for i, raw := range leg.raws {
			t, err := tx(leg.name, i, raw)
			if err != nil {
				return nil, err
			}
			*leg.gas += t.Gas()
			*leg.dst = append(*leg.dst, t)
			if !seen[t.Sender] {
				seen[t.Sender] = true
				cb.Signers = append(cb.Signers, t.Sender)
			}
		}
	}
	cb.Hash = b.Hash()
	return cb, nil
}

func (b *ComposableBundle) checkShape(l Limits) error {
	n := len(b.PreTxs) + len(b.L2Txs) + len(b.PostTxs) + len(b.PreCalls) + len(b.PostCalls)
	if n == 0 {
		return fieldErr("l2Txs", ErrMissing, "a bundle needs at least one transaction or signed call")
	}
	if n > l.MaxTxs {
		return fieldErr("txs", ErrTooManyTxs, "%d transactions and signed calls, limit %d", n, l.MaxTxs)
	}
	if len(b.Assertions) > l.MaxAssertions {
		return fieldErr("assertions", ErrTooManyAssertions, "%d assertions, limit %d", len(b.Assertions), l.MaxAssertions)
	}
	if size := b.size(); size > l.MaxBytes {
		return fieldErr("txs", ErrTooLarge, "%d bytes, limit %d", size, l.MaxBytes)
	}
	if b.MaxTimestamp != 0 && b.MinTimestamp > b.MaxTimestamp {
		return fieldErr("minTimestamp", ErrTimestamp, "%d is after maxTimestamp %d", b.MinTimestamp, b.MaxTimestamp)
	}
	if b.ReplacementUUID != "" && !validUUID(b.ReplacementUUID) {
		return fieldErr("replacementUuid", ErrUUID, "not a UUID")
	}
	if b.ReplacementNonce != 0 && b.ReplacementUUID == "" {
		return fieldErr("replacementNonce", ErrUUID, "set without replacementUuid")
	}
	return nil
}

func (b *ComposableBundle) size() int {
	n := b.AtomicBytes()
	for _, leg := range [][][]byte{b.PreTxs, b.PostTxs} {
		for _, raw := range leg {
			n += len(raw)
		}
	}
	return n
}

// AtomicBytes is what the bundle puts into the sidecar's atomic transaction: its L2
// transactions (the payload), its assertions' data and its signed calls.
func (b *ComposableBundle) AtomicBytes() int {
	n := 0
	for _, raw := range b.L2Txs {
		n += len(raw)
	}
	for _, a := range b.Assertions {
		n += len(a.Data)
	}
	for _, leg := range [][]SignedCall{b.PreCalls, b.PostCalls} {
		for _, c := range leg {
			n += len(c.Call.Data) + signatureLen
		}
	}
	return n
}

// checkTx refuses transactions that could burn gas without paying for it.
func checkTx(field string, tx *Tx, l Limits, floor *big.Int, l1 bool) error {
	if tx.Type() == types.BlobTxType && (!l.AllowBlobTxs || !l1) {
		return fieldErr(field, ErrBlobTx, "type-3 transaction")
	}
	if tx.Gas() > l.MaxGasPerTx {
		return fieldErr(field, ErrGasCap, "gas limit %d over cap %d", tx.Gas(), l.MaxGasPerTx)
	}
	if floor == nil {
		return nil
	}
	fee, what := tx.GasTipCap(), "priority fee"
	if !l1 {
		fee, what = tx.GasFeeCap(), "fee cap"
	}
	if fee.Cmp(floor) < 0 {
		return fieldErr(field, ErrFeeTooLow, "%s %s wei below floor %s", what, fee, floor)
	}
	return nil
}

// IsFieldError reports whether err is a validation error naming a field, and returns it.
func IsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}
