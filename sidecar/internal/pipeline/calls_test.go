package pipeline_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// callBundle pools a one-transaction bundle from searcher i's delegated EOA: an L2 transfer
// and, when locking, the pre-call SyncDemo.lock(); always the post-call SyncDemo.release(),
// which fails without a lock; and an assertion that releases() is then wantReleases.
func (r *rig) callBundle(i int, locking bool, wantReleases int64) *pool.Entry {
	return r.callBundleFor(slot, i, locking, wantReleases)
}

// callBundleFor is callBundle for target slot s.
func (r *rig) callBundleFor(s uint64, i int, locking bool, wantReleases int64) *pool.Entry {
	r.t.Helper()
	key := searchers[i]
	demo := bindings.NewSyncDemo()
	var nonce uint64
	call := func(data []byte) bundle.SignedCall {
		nonce++
		return bundle.SignedCall{Account: addr(key), Call: bundle.BasedCall{Target: r.demo, Data: data, Nonce: nonce - 1,
			Deadline: r.genesis + (s+1)*slotLength}}
	}
	sink := common.Address{0xee, byte(i)}
	raw := func(b []byte, err error) []byte { must(r.t, err); return b }
	b := &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: s,
		L2Txs:      [][]byte{raw(r.tx(key, l2ChainID, &sink, nil, 50_000).MarshalBinary())},
		Assertions: []bundle.Assertion{{Target: r.demo, Data: demo.PackReleases(), Expect: word(wantReleases)}},
	}
	if locking {
		b.PreCalls = []bundle.SignedCall{call(demo.PackLock())}
	}
	b.PostCalls = []bundle.SignedCall{call(demo.PackRelease())}
	chains := bundle.Chains{L1: l1ChainID, L2: l2ChainID, Inbox: r.inboxAddr, Submitter: addr(sidecar)}
	must(r.t, b.SignCalls(chains, key))
	return r.poolBundle(addr(key), b)
}

func word(v int64) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(big.NewInt(v).Bytes(), 32))
}

// A bundle whose post-call fails is dropped before anything is sent, named by its own leg and
// index; the other bundle's lock, L2 block, release against the proven root and assertion go
// out in the one transaction and land together.
func TestFailingPostCallDroppedOnRealNodes(t *testing.T) {
	r := newRig(t)
	good := r.callBundle(0, true, 1)
	bad := r.callBundle(1, false, 1) // release() without a lock reverts
	res, err := r.p.Call(context.Background(), ptr(r.message()), bad.Bundle)
	must(t, err)
	if res.FailedLeg != pipeline.LegPostCall || uint(*res.FailedIndex) != 0 || !strings.Contains(res.Error, "CallReverted") {
		t.Fatalf("based_callBundle: failed leg %q index %v (%s); want post_call 0, the account's CallReverted", res.FailedLeg, res.FailedIndex, res.Error)
	}
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != good.Hash {
		t.Fatalf("included %v, want only the bundle whose calls run", sent.Included)
	}
	if why := sent.Failed[bad.Hash]; !strings.HasPrefix(why, "post_call_failed: index 0: CallReverted") {
		t.Fatalf("bad bundle reason %q", why)
	}
	if len(sent.Bundle.Txs) != 1 {
		t.Fatalf("%d L1 transactions sent, want the one atomic transaction", len(sent.Bundle.Txs))
	}
	sealed, confirmed := r.land(sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatal("the atomic transaction must land confirmed")
	}
	// The gas limit sent is the simulation's measure plus the margin, not the cap it was
	// simulated at: enough to land, and no block space claimed beyond it.
	var tx types.Transaction
	must(t, tx.UnmarshalBinary(sent.Bundle.Txs[0]))
	if used := sealed.Receipts[0].GasUsed; tx.Gas() >= bundle.MaxTxGas || tx.Gas() < used || tx.Gas() > 2*used+30_000 {
		t.Fatalf("gas limit %d for %d gas used, want the measure plus the margin, under the cap", tx.Gas(), used)
	}
	demo := bindings.NewSyncDemo()
	if got := r.read(r.demo, demo.PackLastCommitment()); common.BytesToHash(got) != sent.Commitment {
		t.Fatalf("the release recorded commitment %x, want the landed one %s", got, sent.Commitment)
	}
	acct := basedaccount.NewBasedAccount()
	if n := new(big.Int).SetBytes(r.read(addr(searchers[0]), acct.PackBasedNonce())); n.Uint64() != 2 {
		t.Fatalf("searcher's call nonce %d after its lock and release, want 2", n)
	}
}

func ptr[T any](v T) *T { return &v }

func (r *rig) read(to common.Address, data []byte) []byte {
	r.t.Helper()
	out, err := r.l1c.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	must(r.t, err)
	return out
}

// A bundle whose assertion carries enough data to push the atomic transaction past EIP-7825's
// per-transaction gas cap is dropped as l1_tx_gas_cap; the other bundle still lands.
func TestOversizedBundleDroppedUnderTheTxGasCap(t *testing.T) {
	r := newRig(t)
	good := r.callBundle(0, true, 1)
	huge := r.searcherBundle(1, common.Address{0xb1}, true)
	// Past intake on purpose (its byte limit would refuse this): the cap is the point here.
	filler := bytes.Repeat([]byte{1}, 450_000) // nonzero bytes: 18 M gas of EIP-7623 calldata floor
	huge.Bundle.Assertions[0].Data = append(huge.Bundle.Assertions[0].Data, filler...)
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != good.Hash || !strings.HasPrefix(sent.Failed[huge.Hash], bundle.DropTxGasCap+": the bundle puts 450") {
		t.Fatalf("included %v failed %v; want the good bundle in and the oversized one dropped as %s",
			sent.Included, sent.Failed, bundle.DropTxGasCap)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the remaining bundle must land confirmed")
	}
}

// based_callBundle simulates on the latest slot-ending message: a bundle signed for a later slot
// is reported as the account's CallWrongSlot, the signature itself being good.
func TestCallBundleForALaterSlotNamesTheSlot(t *testing.T) {
	r := newRig(t)
	later := r.callBundleFor(slot+1, 0, true, 1)
	res, err := r.p.Call(context.Background(), ptr(r.message()), later.Bundle)
	must(t, err)
	if res.FailedLeg != pipeline.LegPreCall || !strings.Contains(res.Error, "CallWrongSlot") {
		t.Fatalf("failed leg %q (%s); want pre_call with the account's CallWrongSlot", res.FailedLeg, res.Error)
	}
}
