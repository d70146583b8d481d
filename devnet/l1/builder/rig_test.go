package builder_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/transport/fbsig"
)

const slot = 2 * time.Second

var (
	feeRecipient = common.HexToAddress("0x00000000000000000000000000000000000fee00")
	reverter     = common.HexToAddress("0x000000000000000000000000000000000000dead")
	sink         = common.HexToAddress("0x0000000000000000000000000000000000005151")
)

// rig is one in-process L1 node with the builder and its JSON-RPC endpoint, and the sidecar's
// own bundle client pointed at it.
type rig struct {
	t    *testing.T
	ctx  context.Context
	node *gethnode.Node
	b    *builder.Builder
	srv  *builder.Server
	sub  *relayapi.Submitter
}

func newRig(t *testing.T, srvCfg builder.ServerConfig) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	node := gethnodetest.Start(t, gethnode.Config{
		Accounts: 6, GenesisTime: 1_700_000_000,
		Alloc: types.GenesisAlloc{reverter: {Code: []byte{0x5f, 0x5f, 0xfd}, Balance: common.Big0}}, // PUSH0 PUSH0 REVERT
	})
	b, err := builder.New(builder.DefaultConfig(feeRecipient, slot), node.BlockChain(), node.Backend().TxPool(), zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	srv, err := builder.NewServer(b, srvCfg, clock.Real{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return &rig{t: t, ctx: ctx, node: node, b: b, srv: srv, sub: newSubmitter(t, srv.URL(), gethnode.TestKey(5))}
}

func newSubmitter(t *testing.T, url string, identity *ecdsa.PrivateKey) *relayapi.Submitter {
	t.Helper()
	sub, err := relayapi.New(relayapi.Config{
		Endpoints:    []relayapi.Endpoint{{Name: "devnet", URL: url, Method: relayapi.MethodEthSendBundle, Timeout: 10 * time.Second}},
		SlotDuration: slot,
	}, relayapi.Deps{Identity: identity, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

func (r *rig) head() *types.Header { return r.node.BlockChain().CurrentHeader() }

// tx signs an EIP-1559 transaction from test key k.
func (r *rig) tx(k int, nonce uint64, to common.Address, wei int64, tipGwei int64) *types.Transaction {
	r.t.Helper()
	signer := types.LatestSigner(r.node.ChainConfig())
	return types.MustSignNewTx(gethnode.TestKey(k), signer, &types.DynamicFeeTx{
		ChainID: r.node.ChainConfig().ChainID, Nonce: nonce, To: &to, Value: big.NewInt(wei), Gas: 100_000,
		GasTipCap: big.NewInt(tipGwei * params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
	})
}

// bundleOf is an atomic bundle of txs for the next block.
func (r *rig) bundleOf(uuid string, txs ...*types.Transaction) *bundle.AtomicBundle {
	r.t.Helper()
	b := &bundle.AtomicBundle{BlockNumber: r.head().Number.Uint64() + 1, ReplacementUUID: uuid}
	for _, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			r.t.Fatal(err)
		}
		b.Txs = append(b.Txs, raw)
	}
	return b
}

// send sends b with the sidecar's client and requires the endpoint to accept it.
func (r *rig) send(sub *relayapi.Submitter, b *bundle.AtomicBundle) common.Hash {
	r.t.Helper()
	res, err := sub.SendBundle(r.ctx, b, time.Time{})
	if err != nil {
		r.t.Fatal(err)
	}
	if res[0].Outcome != relayapi.OutcomeAccepted {
		r.t.Fatalf("eth_sendBundle: %s: %v", res[0].Outcome, res[0].Err)
	}
	return res[0].BundleHash
}

// build builds the next block on the head and imports it through the Engine API.
func (r *rig) build() *builder.Block {
	r.t.Helper()
	parent := r.head()
	attrs := builderhook.Attributes{
		Timestamp: parent.Time + uint64(slot/time.Second), FeeRecipient: feeRecipient,
		Withdrawals: types.Withdrawals{}, BeaconRoot: common.Hash{0xbe},
	}
	blk, err := r.b.Build(r.ctx, parent, attrs, builder.BuildOptions{Bundles: true, PoolTxs: true})
	if err != nil {
		r.t.Fatal(err)
	}
	if err := r.node.ImportBlock(r.ctx, blk.Block, blk.Requests); err != nil {
		r.t.Fatal(err)
	}
	return blk
}

func (r *rig) nonce(k int) uint64 {
	r.t.Helper()
	n, err := r.node.EthClient().NonceAt(r.ctx, gethnode.TestAddress(k), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

func txHashes(block *types.Block) []common.Hash {
	var out []common.Hash
	for _, tx := range block.Transactions() {
		out = append(out, tx.Hash())
	}
	return out
}

func hashesOf(txs ...*types.Transaction) []common.Hash {
	var out []common.Hash
	for _, tx := range txs {
		out = append(out, tx.Hash())
	}
	return out
}

type rpcReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// call POSTs a JSON-RPC request, signed with key when it is not nil, and returns the HTTP
// status and the decoded reply.
func (r *rig) call(key *ecdsa.PrivateKey, method string, param any) (int, rpcReply) {
	r.t.Helper()
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 7, "method": method, "params": []any{param}})
	if err != nil {
		r.t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(r.ctx, http.MethodPost, r.srv.URL(), bytes.NewReader(body))
	if err != nil {
		r.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != nil {
		sig, err := fbsig.Sign(body, key)
		if err != nil {
			r.t.Fatal(err)
		}
		req.Header.Set(fbsig.Header, sig)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		r.t.Fatal(err)
	}
	var reply rpcReply
	if err := json.Unmarshal(data, &reply); err != nil {
		r.t.Fatalf("reply %q: %v", data, err)
	}
	return resp.StatusCode, reply
}

func rawHex(t *testing.T, txs ...*types.Transaction) []string {
	t.Helper()
	var out []string
	for _, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, hexutil.Encode(raw))
	}
	return out
}
