package bindings_test

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// rotationDelay is the committees' ROTATION_DELAY here, what a public chain would use.
const rotationDelay = 600

// committee is an on-chain BLSCommittee with its members' keys.
type committee struct {
	f    *fixture
	addr common.Address
	keys []*bundle.BLSKey
	c    *bundle.Committee // the Go side's view of the same committee
	abi  *bindings.BLSCommittee
}

func blsKeys(t *testing.T, n int, tag string) []*bundle.BLSKey {
	t.Helper()
	keys := make([]*bundle.BLSKey, n)
	for i := range keys {
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte(fmt.Sprintf("committee %s member %d", tag, i))))
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	return keys
}

func members(t *testing.T, keys []*bundle.BLSKey) []bindings.BLSCommitteeMember {
	t.Helper()
	out := make([]bindings.BLSCommitteeMember, len(keys))
	for i, k := range keys {
		pt, err := bundle.PubkeyPoint(k.Pubkey())
		if err != nil {
			t.Fatal(err)
		}
		pop, err := bundle.SignaturePoint(k.ProvePossession())
		if err != nil {
			t.Fatal(err)
		}
		out[i] = bindings.BLSCommitteeMember{Pubkey: k.Pubkey(), Point: pt, Pop: pop}
	}
	return out
}

func deployCommittee(f *fixture, keys []*bundle.BLSKey) *committee {
	f.t.Helper()
	c := &committee{f: f, keys: keys, abi: bindings.NewBLSCommittee(), c: goCommittee(f.t, 0, keys)}
	c.deploy(members(f.t, keys))
	return c
}

// deploy deploys the committee contract and registers m as its epoch-0 committee.
func (c *committee) deploy(m []bindings.BLSCommitteeMember) {
	f := c.f
	f.t.Helper()
	c.addr = f.chain.Deploy(f.deployer, deployCode(bindings.BLSCommitteeMetaData.Bin, c.abi.PackConstructor(keyAddr(f.deployer), rotationDelay)))
	tx := f.chain.Send(f.deployer, l1sim.Tx{To: c.addr, Data: c.abi.PackInitialize(m), Gas: l1sim.TxGasCap})
	f.chain.Commit()
	f.mustSucceed(tx)
}

func goCommittee(t *testing.T, epoch uint64, keys []*bundle.BLSKey) *bundle.Committee {
	t.Helper()
	var pks, pops [][]byte
	for _, k := range keys {
		pks, pops = append(pks, k.Pubkey()), append(pops, k.ProvePossession())
	}
	gc, err := bundle.NewCommittee(epoch, pks, pops)
	if err != nil {
		t.Fatal(err)
	}
	return gc
}

// certify aggregates the votes of members signers (by index) over digest, signed by keys.
func (c *committee) certify(epoch uint64, digest common.Hash, signers []int, keys []*bundle.BLSKey) bundle.Certificate {
	c.f.t.Helper()
	votes := map[int][]byte{}
	for _, i := range signers {
		votes[i] = keys[i].Vote(digest)
	}
	cert, err := bundle.AggregateVotes(epoch, len(keys), votes)
	if err != nil {
		c.f.t.Fatal(err)
	}
	return cert
}

// verify runs verifyCertificate and returns its gas and the decoded error (nil when it holds).
func (c *committee) verify(digest common.Hash, cert bundle.Certificate, on *bundle.Committee) (uint64, any) {
	c.f.t.Helper()
	arg, err := bindings.CommitteeCertificate(cert, on)
	if err != nil {
		c.f.t.Fatal(err)
	}
	res, err := c.f.chain.Simulate(c.f.chain.Head().Time+1, callMsg(c.addr, c.abi.PackVerifyCertificate(digest, arg)))
	if err != nil {
		c.f.t.Fatal(err)
	}
	if !res[0].Reverted {
		return res[0].GasUsed, nil
	}
	e, err := c.abi.UnpackError(res[0].RevertData)
	if err != nil {
		c.f.t.Fatalf("revert %x: %v", res[0].RevertData, err)
	}
	return res[0].GasUsed, e
}

func wantRevert[T any](t *testing.T, name string, got any) *T {
	t.Helper()
	e, ok := got.(*T)
	if !ok {
		t.Fatalf("%s: got %s %+v, want %T", name, reflect.TypeOf(got), got, new(T))
	}
	return e
}

// TestCommitteeCertificateOnChain: the inbox-side verifier accepts exactly what bundle's
// Committee.Verify (blst FastAggregateVerify) accepts, and names each refusal.
func TestCommitteeCertificateOnChain(t *testing.T) {
	f := newFixture(t)
	keys := blsKeys(t, 4, "a")
	c := deployCommittee(f, keys)
	digest, other := crypto.Keccak256Hash([]byte("slot-ending digest")), crypto.Keccak256Hash([]byte("another digest"))

	good := c.certify(0, digest, []int{0, 1, 3}, keys)
	if err := c.c.Verify(digest, good); err != nil {
		t.Fatalf("the Go side refuses the certificate: %v", err)
	}
	if _, e := c.verify(digest, good, c.c); e != nil {
		t.Fatalf("3 of 4 signed: %+v", e)
	}
	if e := wantRevert[bindings.BLSCommitteeBelowThreshold](t, "2 of 4", second(c.verify(digest, c.certify(0, digest, []int{0, 2}, keys), c.c))); e.Signed.Uint64() != 2 || e.Need.Uint64() != 3 {
		t.Fatalf("%+v", e)
	}
	wantRevert[bindings.BLSCommitteeBadAggregate](t, "over another digest", second(c.verify(other, good, c.c)))
	stranger := blsKeys(t, 1, "stranger")[0]
	forged := append([]*bundle.BLSKey(nil), keys...)
	forged[2] = stranger // an unregistered key votes under member 2's bit
	wantRevert[bindings.BLSCommitteeBadAggregate](t, "unregistered key", second(c.verify(digest, c.certify(0, digest, []int{0, 1, 2}, forged), c.c)))
	long := good
	long.Signers = []byte{0x0b, 0}
	if e := wantRevert[bindings.BLSCommitteeBitfieldLength](t, "2-byte bitfield", second(c.verify(digest, long, c.c))); e.Want.Uint64() != 1 || e.Got.Uint64() != 2 {
		t.Fatalf("%+v", e)
	}
	beyond := good
	beyond.Signers = []byte{0x1b}
	wantRevert[bindings.BLSCommitteeSignerBeyondCommittee](t, "bit 4 of 4", second(c.verify(digest, beyond, c.c)))
	epoch := good
	epoch.Epoch = 1
	wantRevert[bindings.BLSCommitteeWrongEpoch](t, "epoch 1", second(c.verify(digest, epoch, c.c)))
	wantRevert[bindings.BLSCommitteeWrongMembers](t, "another committee's points", second(c.verify(digest, good, goCommittee(t, 0, forged))))
}

func second(_ uint64, e any) any { return e }

// TestCommitteeRegistrationChecksEveryMember: no key without its proof of possession, no key twice,
// no compressed key that is not the point beside it.
func TestCommitteeRegistrationChecksEveryMember(t *testing.T) {
	f := newFixture(t)
	keys := blsKeys(t, 3, "reg")
	ab := bindings.NewBLSCommittee()
	addr := f.chain.Deploy(f.deployer, deployCode(bindings.BLSCommitteeMetaData.Bin, ab.PackConstructor(keyAddr(f.deployer), rotationDelay)))
	deploy := func(m []bindings.BLSCommitteeMember) any {
		init := ethereum.CallMsg{From: keyAddr(f.deployer), To: &addr, Data: ab.PackInitialize(m)}
		res, err := f.chain.Simulate(f.chain.Head().Time+1, init)
		if err != nil {
			t.Fatal(err)
		}
		if !res[0].Reverted {
			return nil
		}
		e, err := ab.UnpackError(res[0].RevertData)
		if err != nil {
			t.Fatalf("revert %x: %v", res[0].RevertData, err)
		}
		return e
	}
	m := members(t, keys)
	if e := deploy(m); e != nil {
		t.Fatalf("valid committee: %+v", e)
	}
	badPop := append([]bindings.BLSCommitteeMember(nil), m...)
	badPop[1].Pop = m[2].Pop
	if e := wantRevert[bindings.BLSCommitteeBadPossession](t, "another member's proof", deploy(badPop)); e.Index.Uint64() != 1 {
		t.Fatalf("%+v", e)
	}
	dup := append([]bindings.BLSCommitteeMember(nil), m...)
	dup[2] = m[0]
	if e := wantRevert[bindings.BLSCommitteeDuplicateMember](t, "same key twice", deploy(dup)); e.Index.Uint64() != 2 {
		t.Fatalf("%+v", e)
	}
	byStranger := ethereum.CallMsg{From: keyAddr(f.stranger), To: &addr, Data: ab.PackInitialize(m)}
	res, err := f.chain.Simulate(f.chain.Head().Time+1, byStranger)
	if err != nil || !res[0].Reverted {
		t.Fatalf("initialize by a stranger: %v %+v", err, res)
	}
	if e, _ := ab.UnpackError(res[0].RevertData); reflect.TypeOf(e) != reflect.TypeOf(&bindings.BLSCommitteeNotRegistrar{}) {
		t.Fatalf("initialize by a stranger: %+v", e)
	}
	mismatch := append([]bindings.BLSCommitteeMember(nil), m...)
	mismatch[0].Point = m[1].Point
	wantRevert[bindings.BLSCommitteeInvalidMember](t, "point of another key", deploy(mismatch))
}

// TestCommitteeRotation: two thirds of the current committee hand over to the next, which takes
// over only after the delay; then a certificate of the old epoch, or one a rotated-out key signed,
// is refused.
func TestCommitteeRotation(t *testing.T) {
	f := newFixture(t)
	keys := blsKeys(t, 4, "rot")
	c := deployCommittee(f, keys)
	next := append(append([]*bundle.BLSKey(nil), keys[:3]...), blsKeys(t, 1, "newcomer")[0])
	nm := members(t, next)
	var nextKeys [][]byte
	for _, k := range next {
		nextKeys = append(nextKeys, k.Pubkey())
	}
	rd, err := c.abi.UnpackRotationDigest(f.call(c.addr, c.abi.PackRotationDigest(nextKeys)))
	if err != nil {
		t.Fatal(err)
	}
	propose := func(signers []int) *types.Transaction {
		arg, err := bindings.CommitteeCertificate(c.certify(0, rd, signers, keys), c.c)
		if err != nil {
			t.Fatal(err)
		}
		return f.send(f.stranger, c.addr, c.abi.PackProposeRotation(nm, arg), 1)
	}
	weak, ok := propose([]int{0}), propose([]int{0, 1, 3})
	early := f.send(f.stranger, c.addr, c.abi.PackActivateRotation(), 1)
	f.chain.Commit()
	f.mustSucceed(ok)
	unpack := func(tx *types.Transaction) any {
		e, err := c.abi.UnpackError(f.chain.RevertData(tx))
		if err != nil {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
		return e
	}
	wantRevert[bindings.BLSCommitteeBelowThreshold](t, "rotation certified by 1 of 4", unpack(weak))
	wantRevert[bindings.BLSCommitteeRotationNotDue](t, "activation before the delay", unpack(early))
	activeAt, err := c.abi.UnpackNextActiveAt(f.call(c.addr, c.abi.PackNextActiveAt()))
	if err != nil {
		t.Fatal(err)
	}
	if delay, err := c.abi.UnpackROTATIONDELAY(f.call(c.addr, c.abi.PackROTATIONDELAY())); err != nil || delay != rotationDelay {
		t.Fatalf("ROTATION_DELAY %d (%v), deployed with %d", delay, err, rotationDelay)
	}
	f.chain.NextBlockAt(activeAt)
	act := f.send(f.stranger, c.addr, c.abi.PackActivateRotation(), 1)
	f.chain.Commit()
	f.mustSucceed(act)

	digest := crypto.Keccak256Hash([]byte("after rotation"))
	nc := goCommittee(t, 1, next)
	if _, e := c.verify(digest, c.certify(1, digest, []int{0, 1, 3}, next), nc); e != nil {
		t.Fatalf("new committee: %+v", e)
	}
	wantRevert[bindings.BLSCommitteeWrongEpoch](t, "old epoch", second(c.verify(digest, c.certify(0, digest, []int{0, 1, 2}, keys), c.c)))
	wantRevert[bindings.BLSCommitteeBadAggregate](t, "rotated-out key", second(c.verify(digest, c.certify(1, digest, []int{0, 1, 3}, keys), nc)))
}

// TestCommitteeGas records verifyCertificate's gas with two thirds of 4, 16 and 64 members signing
// (docs/contracts.md has the table): hash to G2, the signers' G1 additions, one two-pair pairing.
func TestCommitteeGas(t *testing.T) {
	f := newFixture(t)
	digest := crypto.Keccak256Hash([]byte("gas"))
	t.Logf("%8s %8s %12s", "members", "signers", "gas")
	for _, n := range []int{4, 16, 64} {
		keys := blsKeys(t, n, fmt.Sprint("gas", n))
		c := deployCommittee(f, keys)
		var signers []int
		for i := range c.c.Threshold() {
			signers = append(signers, i)
		}
		gas, e := c.verify(digest, c.certify(0, digest, signers, keys), c.c)
		if e != nil {
			t.Fatalf("%d members: %+v", n, e)
		}
		if gas > 500_000 {
			t.Errorf("%d members: %d gas, over the 500,000 the docs promise", n, gas)
		}
		t.Logf("%8d %8d %12d", n, len(signers), gas)
	}
}

// TestCommitteeVectorsOnChain: BLSCommittee gives every case of bundle/testdata's shared committee
// vectors the validity bundle's Committee.Verify gives it.
func TestCommitteeVectorsOnChain(t *testing.T) {
	raw, err := os.ReadFile("../../bundle/testdata/committee_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Pubkeys, Pops []hexutil.Bytes
		Cases         []struct {
			Name               string
			Digest             common.Hash
			Signers, Signature hexutil.Bytes
			Valid              bool
		}
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	var pks, pops [][]byte
	var m []bindings.BLSCommitteeMember
	for i := range v.Pubkeys {
		pt, err := bundle.PubkeyPoint(v.Pubkeys[i])
		if err != nil {
			t.Fatal(err)
		}
		pop, err := bundle.SignaturePoint(v.Pops[i])
		if err != nil {
			t.Fatal(err)
		}
		m = append(m, bindings.BLSCommitteeMember{Pubkey: v.Pubkeys[i], Point: pt, Pop: pop})
		pks, pops = append(pks, v.Pubkeys[i]), append(pops, v.Pops[i])
	}
	gc, err := bundle.NewCommittee(0, pks, pops)
	if err != nil {
		t.Fatal(err)
	}
	c := &committee{f: f, abi: bindings.NewBLSCommittee(), c: gc}
	c.deploy(m)
	for _, tc := range v.Cases {
		_, e := c.verify(tc.Digest, bundle.Certificate{Kind: bundle.CertCommittee, Signers: tc.Signers, Signature: tc.Signature}, gc)
		if (e == nil) != tc.Valid {
			t.Errorf("%s: valid %v, on-chain %+v", tc.Name, tc.Valid, e)
		}
	}
}

// TestInboxTakesCommitteeCertificates: an inbox deployed with a BLSCommittee as its certificate
// verifier commits batches and based blocks the committee's two thirds certified, and refuses a
// certificate below the threshold with the committee's named error.
func TestInboxTakesCommitteeCertificates(t *testing.T) {
	f := newFixture(t)
	keys := blsKeys(t, 4, "inbox")
	c := deployCommittee(f, keys)
	cfg := f.cfg
	cfg.Sequencer, cfg.CertificateVerifier = common.Address{}, c.addr
	inbox := f.chain.Deploy(f.deployer, deployCode(bindings.BasedInboxMetaData.Bin, f.ib.PackConstructor(cfg)))
	domain := bundle.Domain{ChainID: l1sim.ChainID, VerifyingContract: inbox}
	certify := func(digest common.Hash, signers ...int) []byte {
		arg, err := bindings.CommitteeCertificate(c.certify(0, digest, signers, keys), c.c)
		if err != nil {
			t.Fatal(err)
		}
		return arg
	}
	data := []byte("blocks 1..5")
	h := bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: l2Hash(0, 0), FirstNumber: 1, LastNumber: 5,
		LastHash: l2Hash(5, 0), LastStateRoot: l2Root(5, 0), L1Slot: 1, DataHash: crypto.Keccak256Hash(data)}
	batch := func(signers ...int) []byte {
		b := bindings.BatchOf(&bundle.SignedBatch{Header: h, Data: data})
		b.Certificate = certify(h.Digest(domain), signers...)
		return f.ib.PackSubmitBatch(b)
	}
	f.enterSlot(1)
	weak, ok := f.send(f.stranger, inbox, batch(0, 1), 2), f.send(f.stranger, inbox, batch(0, 1, 3), 1)
	f.chain.Commit()
	f.mustSucceed(ok)
	if e, err := c.abi.UnpackError(f.chain.RevertData(weak)); err != nil {
		t.Fatalf("weak batch: %v", err)
	} else {
		wantRevert[bindings.BLSCommitteeBelowThreshold](t, "batch by 2 of 4", e)
	}

	f.enterSlot(2)
	m := f.slotEnding(2, 5)
	s := bindings.Submission{SlotEnding: m, Certificate: certify(toBundle(m).Digest(domain), 1, 2, 3), Blk: calldataBlock(m.L2BlockHash, nil)}
	tx := f.send(f.sidecar, inbox, f.ib.PackSubmitBased(normalised(s)), 1)
	f.chain.Commit()
	f.mustSucceed(tx)
}
