package bindings_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// noSlotEnding is the slot-ending argument of an uncertified submission (ignored by the inbox).
var noSlotEnding = bindings.SlotEnding{L2ChainId: new(big.Int)}

// word is the keccak256 of one ABI-encoded 32-byte return value, what an assertion expects.
func word(v *big.Int) common.Hash { return crypto.Keccak256Hash(common.LeftPadBytes(v.Bytes(), 32)) }

// certified is a submission of a based block on slot-ending block n of slot, with no calls: it
// must be built after enterSlot (the message names the head as L1 parent).
func (f *fixture) certified(slot, n uint64, txData []byte) bindings.Submission {
	f.t.Helper()
	m := f.slotEnding(slot, n)
	s := bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Blk: calldataBlock(m.L2BlockHash, txData)}
	if h := f.head(); n > h.Number {
		s.Batch = f.batch(slot, h.Id, h.Number+1, n)
	}
	return s
}

// batch is the sequencer's certified calldata batch of fake blocks first..last (fork 0) on parent.
func (f *fixture) batch(slot uint64, parent common.Hash, first, last uint64) bindings.Batch {
	f.t.Helper()
	data := []byte(fmt.Sprintf("blocks %d..%d", first, last))
	b := &bundle.SignedBatch{Header: bundle.BatchHeader{
		L2ChainID: l2ChainID, ParentID: parent, FirstNumber: first, LastNumber: last,
		LastHash: l2Hash(last, 0), LastStateRoot: l2Root(last, 0), L1Slot: slot, DataHash: crypto.Keccak256Hash(data),
	}, Data: data}
	f.signBatch(b, f.sequencer)
	return bindings.BatchOf(b)
}

func (f *fixture) signBatch(b *bundle.SignedBatch, key *ecdsa.PrivateKey) {
	f.t.Helper()
	cert, err := bundle.SignBatch(&b.Header, f.domain(), key)
	if err != nil {
		f.t.Fatal(err)
	}
	b.Certificate = cert
}

// uncertified is a submission without a certificate on parent (based-on-based or based mode).
func uncertified(parent common.Hash, txData []byte) bindings.Submission {
	return bindings.Submission{SlotEnding: noSlotEnding, Certificate: []byte{}, Blk: calldataBlock(parent, txData)}
}

// normalised replaces nil slices by empty ones, the form the ABI encoder expects.
func normalised(s bindings.Submission) bindings.Submission {
	if s.Certificate == nil {
		s.Certificate = []byte{}
	}
	if s.Blk.TxData == nil {
		s.Blk.TxData = []byte{}
	}
	if s.Blk.Proof == nil {
		s.Blk.Proof = []byte{}
	}
	bs := make([]bindings.CallBundle, len(s.Bundles)) // a copy: s.Bundles may be the caller's
	for i, b := range s.Bundles {
		if b.PreCalls == nil {
			b.PreCalls = []bindings.SignedCall{}
		}
		if b.PostCalls == nil {
			b.PostCalls = []bindings.SignedCall{}
		}
		if b.Assertions == nil {
			b.Assertions = []bindings.Assertion{}
		}
		bs[i] = b
	}
	s.Bundles = bs
	return s
}

// prove gives s a proven post-state root on parentRoot, attested for the commitment it gets as
// L2 block l2Number when proposer sends it in the next block at ts with the queue at forcedStart;
// returns the commitment.
func (f *fixture) prove(s *bindings.Submission, proposer *ecdsa.PrivateKey, l2Number, ts, forcedStart uint64, parentRoot, post common.Hash) common.Hash {
	f.t.Helper()
	c := f.commitmentFor(proposer, s.Blk, l2Number, ts, forcedStart)
	s.Blk.PostStateRoot, s.Blk.Proof = post, f.attest(parentRoot, c, post)
	return c
}

func (f *fixture) attest(parent, commitment, post common.Hash) []byte {
	f.t.Helper()
	sig, err := bindings.SignAttestation(f.attester, big.NewInt(l1sim.ChainID), f.verifier, parent, commitment, post)
	if err != nil {
		f.t.Fatal(err)
	}
	return sig
}

// basedNonce reads an account's next call nonce.
func (f *fixture) basedNonce(account common.Address) uint64 {
	f.t.Helper()
	n, err := f.ba.UnpackBasedNonce(f.call(account, f.ba.PackBasedNonce()))
	if err != nil {
		f.t.Fatal(err)
	}
	return n.Uint64()
}

// demoUint reads one of SyncDemo's uint256 counters (PackPreActions, PackReleases).
func (f *fixture) demoUint(data []byte) uint64 {
	f.t.Helper()
	out := f.call(f.demo, data)
	return new(big.Int).SetBytes(out).Uint64()
}
