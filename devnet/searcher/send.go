package searcher

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/transport/fbsig"
)

type call struct {
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64
}

// The demo's priority fees. On L2 they go to the sidecar, and must pay for the L1 gas of the
// slot it builds (the sidecar sends no slot at a loss).
var (
	l1Tip = big.NewInt(2 * params.GWei)
	l2Tip = big.NewInt(100 * params.GWei)
)

// txs signs calls with consecutive nonces from the key's pending nonce, fee cap twice the
// head's base fee plus the tip.
func (s *Searcher) txs(ctx context.Context, c Chain, chainID uint64, key *ecdsa.PrivateKey, tip *big.Int, calls []call) ([][]byte, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	nonce, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	out := make([][]byte, len(calls))
	for i, cl := range calls {
		to := cl.to
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce + uint64(i),
			Gas: cl.gas, GasTipCap: tip, GasFeeCap: feeCap, To: &to, Value: cl.value, Data: cl.data})
		if out[i], err = tx.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// send posts based_sendBundle with the Flashbots-style signature header and returns the
// bundle hash the sidecar acknowledged. signedAt is set to now: the signature covers it, so
// a captured request stops being accepted once the sidecar's replay window has passed.
func (s *Searcher) send(ctx context.Context, b *bundle.ComposableBundle, identity *ecdsa.PrivateKey) (common.Hash, error) {
	b.SignedAt = uint64(s.cfg.Now().Unix())
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "based_sendBundle", "params": []any{b}})
	if err != nil {
		return common.Hash{}, err
	}
	sig, err := fbsig.Sign(body, identity)
	if err != nil {
		return common.Hash{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.cfg.SearcherURL, bytes.NewReader(body))
	if err != nil {
		return common.Hash{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(fbsig.Header, sig)
	resp, err := s.http.Do(req)
	if err != nil {
		return common.Hash{}, err
	}
	defer resp.Body.Close()
	var r struct {
		Result *struct {
			BundleHash common.Hash `json:"bundleHash"`
		} `json:"result"`
		Error *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&r); err != nil {
		return common.Hash{}, fmt.Errorf("decode reply (HTTP %d): %w", resp.StatusCode, err)
	}
	if r.Error != nil {
		return common.Hash{}, fmt.Errorf("rejected: %d %s", r.Error.Code, r.Error.Message)
	}
	if r.Result == nil {
		return common.Hash{}, fmt.Errorf("reply without result (HTTP %d)", resp.StatusCode)
	}
	return r.Result.BundleHash, nil
}
