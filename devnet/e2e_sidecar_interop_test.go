package devnet

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/test/interop"
)

// A client no one here wrote — test/interop/devnet.mjs, on ethers from npm — finds the devnet
// through devnet.json, signs its L1 and L2 transactions, sends the bundle with the
// Flashbots-style header and sees it land; the chains and the sidecar agree.
func TestE2ESidecarInteropEthers(t *testing.T) {
	client := interop.Need(t)
	// The demo searcher stays quiet: the Node client is the only searcher.
	d := startDevnet(t, func(c *Config) { c.ManualSearcher, c.FailEvery = true, 0 })
	waitSlot(t, d, d.L1.LastSlot()+1) // the sidecar has seen an L1 head

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := client.Run(t, ctx, "devnet.mjs", filepath.Join(d.cfg.DataDir, "devnet.json"))
	var got interopResult
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("client output %q: %v", out, err)
	}
	t.Logf("client: %s", bytes.TrimSpace(out))
	checkInterop(ctx, t, d, got)
}

// interopResult is what the interop client prints once its bundle landed.
type interopResult struct {
	Signer     common.Address `json:"signer"`
	BundleHash common.Hash    `json:"bundleHash"`
	L1Slot     uint64         `json:"l1Slot"`
	L1Block    uint64         `json:"l1Block"`
	L2Block    uint64         `json:"l2Block"`
	L1Txs      []common.Hash  `json:"l1Txs"`
	L2Tx       common.Hash    `json:"l2Tx"`
}

// checkInterop checks that the sidecar and both chains agree with what the client saw.
func checkInterop(ctx context.Context, t *testing.T, d *Devnet, got interopResult) {
	t.Helper()
	e, err := d.Sidecar.Pool.Get(ctx, got.BundleHash)
	if err != nil {
		t.Fatalf("bundle %s the client saw land: %v", got.BundleHash, err)
	}
	if e.Identity != got.Signer || e.Status().Status != bundle.StatusLanded || e.Bundle.L1Slot != got.L1Slot {
		t.Fatalf("pooled bundle: identity %s, %s, slot %d; want %s, landed, slot %d", e.Identity, e.Status().Status, e.Bundle.L1Slot,
			got.Signer, got.L1Slot)
	}
	rep := waitSlot(t, d, got.L1Slot)
	if rep.Block == nil || rep.Block.NumberU64() != got.L1Block {
		t.Fatalf("slot %d's L1 block is not block %d the client saw", got.L1Slot, got.L1Block)
	}
	for _, h := range got.L1Txs {
		if rep.Block.Transaction(h) == nil {
			t.Fatalf("L1 transaction %s is not in slot %d's block", h, got.L1Slot)
		}
	}
	f, ok := d.Seq.Slot(got.L1Slot)
	if !ok || !f.Derived() {
		t.Fatalf("slot %d: no based block derived on L2", got.L1Slot)
	}
	blk, err := d.L2Client().BlockByHash(ctx, f.BasedHash())
	if err != nil {
		t.Fatal(err)
	}
	if blk.NumberU64() != got.L2Block || blk.Transaction(got.L2Tx) == nil {
		t.Fatalf("slot %d's based block %d does not hold the client's L2 transaction (client saw block %d)", got.L1Slot, blk.NumberU64(), got.L2Block)
	}
}

// The docs/searchers.md snippets, run as they are shown (test/interop/snippets, on ethers and
// on viem): each delegates a plain EOA to BasedAccount with EIP-7702, signs a lock pre-call and
// a release post-call as EIP-712 BasedCalls, sends them with based_sendBundle and sees them land.
func TestE2ESidecarInteropSnippets(t *testing.T) {
	client := interop.Need(t)
	d := startDevnet(t, func(c *Config) { c.ManualSearcher, c.FailEvery = true, 0 })
	waitSlot(t, d, d.L1.LastSlot()+1) // the sidecar has seen an L1 head
	for _, script := range []string{"snippets/ethers-call.mjs", "snippets/viem-call.mjs"} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		out := client.Run(t, ctx, script, filepath.Join(d.cfg.DataDir, "devnet.json"))
		cancel()
		var got snippetResult
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%s output %q: %v", script, out, err)
		}
		t.Logf("%s: %s", script, bytes.TrimSpace(out))
		checkSnippet(t, d, got)
	}
}

// snippetResult is what a snippet prints once its bundle landed.
type snippetResult struct {
	Signer     common.Address `json:"signer"`
	BundleHash common.Hash    `json:"bundleHash"`
	L1Slot     uint64         `json:"l1Slot"`
	L1Block    uint64         `json:"l1Block"`
	Account    common.Address `json:"account"`
	Commitment common.Hash    `json:"commitment"`
}

// checkSnippet checks the sidecar and the chains agree with the snippet: the pooled bundle
// landed with both calls, the account is delegated, and the release's commitment is the slot's
// based block that derivation counted.
func checkSnippet(t *testing.T, d *Devnet, got snippetResult) {
	t.Helper()
	e, err := d.Sidecar.Pool.Get(context.Background(), got.BundleHash)
	if err != nil {
		t.Fatalf("bundle %s the snippet saw land: %v", got.BundleHash, err)
	}
	if e.Identity != got.Signer || e.Status().Status != bundle.StatusLanded || len(e.Bundle.PreCalls) != 1 || len(e.Bundle.PostCalls) != 1 {
		t.Fatalf("pooled bundle: identity %s, %s, %d/%d calls", e.Identity, e.Status().Status, len(e.Bundle.PreCalls), len(e.Bundle.PostCalls))
	}
	code, err := d.L1Client().CodeAt(context.Background(), got.Account, nil)
	if err != nil || !bytes.Equal(code, types.AddressToDelegation(d.Manifest.Contracts.BasedAccount)) {
		t.Fatalf("account %s code %x (%v), want a delegation to BasedAccount", got.Account, code, err)
	}
	rep := waitSlot(t, d, got.L1Slot)
	if rep.Block == nil || rep.Block.NumberU64() != got.L1Block {
		t.Fatalf("slot %d's L1 block is not block %d the snippet saw", got.L1Slot, got.L1Block)
	}
	f := seqWait(t, d, got.L1Slot, 3, func(f sequencer.SlotFacts) bool { return f.Derived() })
	if last := f.Based[len(f.Based)-1]; last.Commitment != got.Commitment {
		t.Fatalf("slot %d: released against %s, derivation counted %s", got.L1Slot, got.Commitment, last.Commitment)
	}
}
