// Package searcher is the devnet's demo searcher. Every slot it sends one composable bundle
// that shows synchronous composability: an L1 pre-action (SyncDemo.preAction, the "lock"), an
// L2 transfer inside the based block, an L1 post-action (SyncDemo.readProvenRoot, which reverts
// unless this very L1 block's based block carries a proven L2 state root: the "release") and a
// post-assertion that the L1 lock ran exactly once. Every FailEvery-th slot it also sends a
// bundle whose assertion cannot hold, which the sidecar must leave out.
package searcher

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/transport/fbsig"
)

var ErrConfig = errors.New("invalid searcher config")

// Chain is what the searcher reads from an execution client (ethclient satisfies it).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Config of the demo searcher.
type Config struct {
	SearcherURL string // the sidecar's searcher API
	L1ChainID   uint64
	L2ChainID   uint64
	Demo        common.Address    // SyncDemo on L1
	Key         *ecdsa.PrivateKey // signs the good bundle's L1 and L2 transactions (funded on both)
	FailKey     *ecdsa.PrivateKey // signs the failing bundle's L2 transaction (funded on L2)
	Identity    *ecdsa.PrivateKey // X-Flashbots-Signature identity
	Recipient   common.Address    // receives the L2 transfers
	FailEvery   uint64            // 0: never send a failing bundle
	// Now stamps each request's signedAt (the sidecar refuses requests signed too long ago);
	// nil means time.Now.
	Now func() time.Time
}

// Check validates the config.
func (c Config) Check() error {
	if c.SearcherURL == "" || c.L1ChainID == 0 || c.L2ChainID == 0 || c.Demo == (common.Address{}) ||
		c.Key == nil || c.FailKey == nil || c.Identity == nil {
		return fmt.Errorf("%w: url, chain ids, demo contract and keys are required", ErrConfig)
	}
	return nil
}

// Searcher sends the demo bundles.
type Searcher struct {
	cfg    Config
	l1, l2 Chain
	demo   *bindings.SyncDemo
	http   *http.Client
}

// New checks cfg.
func New(cfg Config, l1, l2 Chain) (*Searcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Searcher{cfg: cfg, l1: l1, l2: l2, demo: bindings.NewSyncDemo(), http: &http.Client{}}, nil
}

// Sent names the bundles sent for a slot; Failing is zero when none was.
type Sent struct {
	Slot    uint64
	Good    common.Hash
	Failing common.Hash
}

// SendForSlot sends the slot's bundles, built on the current L1 and L2 heads.
func (s *Searcher) SendForSlot(ctx context.Context, slot uint64) (Sent, error) {
	out := Sent{Slot: slot}
	good, err := s.goodBundle(ctx, slot)
	if err != nil {
		return out, err
	}
	if out.Good, err = s.send(ctx, good); err != nil {
		return out, fmt.Errorf("send demo bundle: %w", err)
	}
	if s.cfg.FailEvery > 0 && slot%s.cfg.FailEvery == 0 {
		bad, err := s.failingBundle(ctx, slot)
		if err != nil {
			return out, err
		}
		if out.Failing, err = s.send(ctx, bad); err != nil {
			return out, fmt.Errorf("send failing bundle: %w", err)
		}
	}
	return out, nil
}

func (s *Searcher) goodBundle(ctx context.Context, slot uint64) (*bundle.ComposableBundle, error) {
	out, err := s.l1.CallContract(ctx, ethereum.CallMsg{To: &s.cfg.Demo, Data: s.demo.PackPreActions()}, nil)
	if err != nil {
		return nil, fmt.Errorf("read preActions: %w", err)
	}
	count, err := s.demo.UnpackPreActions(out)
	if err != nil {
		return nil, err
	}
	l1, err := s.txs(ctx, s.l1, s.cfg.L1ChainID, s.cfg.Key, []call{{to: s.cfg.Demo, data: s.demo.PackPreAction(), gas: 120_000},
		{to: s.cfg.Demo, data: s.demo.PackPreAction(), gas: 200_000}})
	if err != nil {
		return nil, err
	}
	l2, err := s.txs(ctx, s.l2, s.cfg.L2ChainID, s.cfg.Key, []call{{to: s.cfg.Recipient, value: big.NewInt(params.GWei), gas: 21_000}})
	if err != nil {
		return nil, err
	}
	want := new(big.Int).Add(count, big.NewInt(1))
	return &bundle.ComposableBundle{L2ChainID: s.cfg.L2ChainID, L1Slot: slot, PreTxs: l1[:1], L2Txs: l2, PostTxs: l1[1:],
		Assertions: []bundle.Assertion{{Target: s.cfg.Demo, Data: s.demo.PackPreActions(), Expect: word(want)}}}, nil
}

// failingBundle asserts a counter value the chain never reaches; it touches nothing on L1, so
// leaving it out does not disturb the good bundle.
func (s *Searcher) failingBundle(ctx context.Context, slot uint64) (*bundle.ComposableBundle, error) {
	l2, err := s.txs(ctx, s.l2, s.cfg.L2ChainID, s.cfg.FailKey, []call{{to: s.cfg.Recipient, value: big.NewInt(params.GWei), gas: 21_000}})
	if err != nil {
		return nil, err
	}
	return &bundle.ComposableBundle{L2ChainID: s.cfg.L2ChainID, L1Slot: slot, L2Txs: l2,
		Assertions: []bundle.Assertion{{Target: s.cfg.Demo, Data: s.demo.PackPreActions(), Expect: word(new(big.Int).Lsh(big.NewInt(1), 200))}}}, nil
}

type call struct {
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64
}

// txs signs calls with consecutive nonces from the key's pending nonce, fee cap twice the
// head's base fee plus the tip.
func (s *Searcher) txs(ctx context.Context, c Chain, chainID uint64, key *ecdsa.PrivateKey, calls []call) ([][]byte, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	nonce, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	tip := big.NewInt(2 * params.GWei)
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
func (s *Searcher) send(ctx context.Context, b *bundle.ComposableBundle) (common.Hash, error) {
	b.SignedAt = uint64(s.cfg.Now().Unix())
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "based_sendBundle", "params": []any{b}})
	if err != nil {
		return common.Hash{}, err
	}
	sig, err := fbsig.Sign(body, s.cfg.Identity)
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

// word is keccak256 of a uint256 ABI word: what a post-assertion compares return data with.
func word(v *big.Int) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(v.Bytes(), 32))
}
