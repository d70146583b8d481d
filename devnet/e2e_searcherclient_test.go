package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/searcherclient"
	"github.com/syncboost/syncboost/test/interop"
)

// The searcher SDKs on a devnet, one after the other on one devnet: the Go client
// (searcherclient, the docs' Go example below) and the TypeScript one (sdk/ts, through the docs'
// snippet test/interop/snippets/sdk-call.mjs). Each delegates a plain EOA to BasedAccount,
// signs a lock pre-call and a release post-call around an L2 transfer, sends the bundle and
// follows its status events until it lands; the sidecar and L1 agree.
func TestE2ESearcherClients(t *testing.T) {
	node := interop.Need(t)
	d := startDevnet(t, func(c *Config) { c.ManualSearcher, c.FailEvery = true, 0 })
	waitSlot(t, d, d.L1.LastSlot()+1) // the sidecar has seen an L1 head
	t.Run("go", func(t *testing.T) { runGoClient(t, d) })
	t.Run("ts", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		out := node.Run(t, ctx, "snippets/sdk-call.mjs", filepath.Join(d.cfg.DataDir, "devnet.json"))
		var got snippetResult
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("sdk-call.mjs output %q: %v", out, err)
		}
		t.Logf("sdk-call.mjs: %s", bytes.TrimSpace(out))
		checkSnippet(t, d, got)
	})
}

func runGoClient(t *testing.T, d *Devnet) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	m, l1 := d.Manifest, d.L1Client()
	eoa := gethnode.TestKey(keyUser) // a plain EOA on L1 (not in delegatedKeys), funded on both chains
	cfg := searcherclient.Config{URL: m.SearcherRPC, Identity: testIdentity(t, "searcherclient e2e identity"),
		L1ChainID: m.L1.ChainID, L2ChainID: m.L2.ChainID, Inbox: m.Contracts.Inbox, Submitter: m.SidecarAddress}
	demo := m.Contracts.SyncDemo
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &demo, Data: selector("releases()")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The assertion: exactly one more release by the end of the L1 bundle.
	want := crypto.Keccak256Hash(common.BigToHash(new(big.Int).Add(new(big.Int).SetBytes(out), big.NewInt(1))).Bytes())
	l2Tx := signL2Transfer(ctx, t, d, eoa)
	slots := func() (uint64, uint64) { // two slots ahead; the calls' deadline is the end of that slot
		slot := d.L1.Slots().SlotAt(time.Now()) + 2
		return slot, uint64(d.L1.Slots().SlotStart(slot + 1).Unix())
	}
	hash, slot, final, err := sendLockRelease(ctx, cfg, l1, eoa, m.Contracts.BasedAccount, demo, slots, l2Tx, want)
	if err != nil {
		t.Fatalf("bundle %s for slot %d: %v (last status %+v)", hash, slot, err, final)
	}
	if final.Status != bundle.StatusLanded || final.L1BlockNumber == nil {
		t.Fatalf("bundle %s for slot %d: %s (%s)", hash, slot, final.Status, final.Reason)
	}
	e, err := d.Sidecar.Pool.Get(ctx, hash)
	if err != nil || e.Identity != crypto.PubkeyToAddress(cfg.Identity.PublicKey) || e.Status().Status != bundle.StatusLanded ||
		len(e.Bundle.PreCalls) != 1 || len(e.Bundle.PostCalls) != 1 {
		t.Fatalf("pooled bundle %s: %v", hash, err)
	}
	rep := waitSlot(t, d, slot)
	if rep.Block == nil || rep.Block.NumberU64() != uint64(*final.L1BlockNumber) {
		t.Fatalf("slot %d's L1 block is not block %d the client saw land", slot, uint64(*final.L1BlockNumber))
	}
	account := crypto.PubkeyToAddress(eoa.PublicKey)
	before, err := basedNonceAt(ctx, l1, account, rep.Block.Number().Uint64()-1)
	if err != nil {
		t.Fatal(err)
	}
	after, err := basedNonceAt(ctx, l1, account, rep.Block.Number().Uint64())
	if err != nil || after != before+2 {
		t.Fatalf("basedNonce moved from %d to %d in the landing block (%v), want two calls", before, after, err)
	}
}

// docs:begin
// sendLockRelease delegates eoa to BasedAccount (EIP-7702), then sends one bundle for the slot
// slots() names: a lock() pre-call, the L2 transaction l2Tx, a release() post-call and the
// assertion that keccak256(releases()) is want, and follows its status to the end.
func sendLockRelease(ctx context.Context, cfg searcherclient.Config, l1 *ethclient.Client, eoa *ecdsa.PrivateKey,
	basedAccount, demo common.Address, slots func() (slot, deadline uint64), l2Tx []byte, want common.Hash,
) (common.Hash, uint64, searcherclient.StatusEvent, error) {
	var none searcherclient.StatusEvent
	client, err := searcherclient.New(cfg) // URL, Identity, L1ChainID, L2ChainID, Inbox, Submitter
	if err != nil {
		return common.Hash{}, 0, none, err
	}
	if _, err := client.Delegate(ctx, l1, eoa, basedAccount); err != nil { // once per account
		return common.Hash{}, 0, none, err
	}
	account := crypto.PubkeyToAddress(eoa.PublicKey)
	nonce, err := searcherclient.BasedNonce(ctx, l1, account)
	if err != nil {
		return common.Hash{}, 0, none, err
	}
	slot, deadline := slots()
	call := func(sig string, value *big.Int, nonce uint64) bundle.SignedCall {
		return bundle.SignedCall{Account: account, Call: bundle.BasedCall{Target: demo, Value: value,
			Data: selector(sig), Nonce: nonce, Deadline: deadline}}
	}
	b := &bundle.ComposableBundle{L1Slot: slot, L2Txs: [][]byte{l2Tx},
		PreCalls:   []bundle.SignedCall{call("lock()", big.NewInt(params.GWei), nonce)},
		PostCalls:  []bundle.SignedCall{call("release()", nil, nonce+1)},
		Assertions: []bundle.Assertion{{Target: demo, Data: selector("releases()"), Expect: want}}}
	if err := client.SignCalls(b, eoa); err != nil { // EIP-712, bound to this bundle's id
		return common.Hash{}, slot, none, err
	}
	sent, err := client.SendBundle(ctx, b)
	if err != nil {
		return common.Hash{}, slot, none, err
	}
	final, err := client.Wait(ctx, sent.BundleHash) // over the status event stream
	return sent.BundleHash, slot, final, err
}

// docs:end

func selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

func testIdentity(t *testing.T, name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// signL2Transfer is an L2 transfer from key whose priority fee pays the sidecar for the slot's L1 gas.
func signL2Transfer(ctx context.Context, t *testing.T, d *Devnet, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	l2 := d.L2Client()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l2.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	chain := new(big.Int).SetUint64(d.Manifest.L2.ChainID)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, Nonce: nonce,
		Gas: params.TxGas, GasTipCap: big.NewInt(100 * params.GWei), GasFeeCap: big.NewInt(200 * params.GWei), To: &from, Value: big.NewInt(1)})
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func basedNonceAt(ctx context.Context, l1 *ethclient.Client, account common.Address, block uint64) (uint64, error) {
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &account, Data: selector("basedNonce()")}, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, err
	}
	return new(big.Int).SetBytes(out).Uint64(), nil
}
