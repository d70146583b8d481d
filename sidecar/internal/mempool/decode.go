// Package mempool reads the L2 node's pending transactions for based mode: when the sequencer
// is absent and the sidecar builds uncertified based blocks, the L2 mempool's transactions
// follow the searchers' bundles so the rollup keeps serving its ordinary users
// (docs/architecture.md, "Based mode").
package mempool

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// ErrMalformed: the node's answer is not a txpool_content object.
var ErrMalformed = errors.New("malformed txpool_content answer")

// Skipped is a pending entry left out, and why.
type Skipped struct {
	Field  string
	Reason string
}

// content is txpool_content's answer; only pending transactions are executable.
type content struct {
	Pending map[common.Address]map[string]json.RawMessage `json:"pending"`
}

// Decode reads a txpool_content answer into each sender's pending transactions, in nonce
// order. The node is the operator's, but what it pools comes from anyone: every entry is
// decoded as a raw transaction signed for chainID, and must name its own sender and nonce. An
// entry that does not is skipped with the reason; it never loses the others.
func Decode(raw []byte, chainID uint64) (map[common.Address][]*bundle.Tx, []Skipped, error) {
	var c content
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	out := map[common.Address][]*bundle.Tx{}
	var skipped []Skipped
	for sender, byNonce := range c.Pending {
		for key, rawTx := range byNonce {
			field := fmt.Sprintf("pending[%s][%s]", sender.Hex(), key)
			tx, err := decodeEntry(field, key, sender, rawTx, chainID)
			if err != nil {
				skipped = append(skipped, Skipped{Field: field, Reason: err.Error()})
				continue
			}
			out[sender] = append(out[sender], tx)
		}
	}
	for sender, txs := range out {
		out[sender] = sortedRun(txs)
	}
	return out, skipped, nil
}

func decodeEntry(field, key string, sender common.Address, raw json.RawMessage, chainID uint64) (*bundle.Tx, error) {
	var t types.Transaction
	if err := t.UnmarshalJSON(raw); err != nil {
		return nil, fmt.Errorf("%s: not a transaction: %w", field, err)
	}
	bin, err := t.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	tx, err := bundle.DecodeTx(field, bin, chainID)
	if err != nil {
		return nil, err
	}
	nonce, err := strconv.ParseUint(key, 10, 64)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: nonce key %q is not a number", field, key)
	case tx.Sender != sender:
		return nil, fmt.Errorf("%s: signed by %s, listed under %s", field, tx.Sender.Hex(), sender.Hex())
	case tx.Nonce() != nonce:
		return nil, fmt.Errorf("%s: nonce %d, listed under %d", field, tx.Nonce(), nonce)
	case tx.Type() == types.BlobTxType:
		return nil, fmt.Errorf("%s: blob transactions have no place in a based block", field)
	}
	return tx, nil
}

// sortedRun orders one sender's transactions by nonce and keeps the run without a gap: a
// transaction after a missing nonce cannot execute.
func sortedRun(txs []*bundle.Tx) []*bundle.Tx {
	byNonce := make(map[uint64]*bundle.Tx, len(txs))
	lowest := txs[0].Nonce()
	for _, tx := range txs {
		byNonce[tx.Nonce()] = tx
		lowest = min(lowest, tx.Nonce())
	}
	run := make([]*bundle.Tx, 0, len(txs))
	for n := lowest; byNonce[n] != nil && len(run) < len(txs); n++ {
		run = append(run, byNonce[n])
	}
	return run
}
