package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// highS turns a valid signature into its malleable twin (s' = n - s, v flipped): ecrecover still
// returns the signer, so only the low-s rule rejects it.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

// proposal is the proposal part of one submitBased attempt built for the current slot.
type proposal struct {
	m     bindings.SlotEnding
	cert  []byte
	batch bindings.Batch
	blk   bindings.BasedBlock
}

// TestSubmitBasedRejectsEachProposalRule sends, slot after slot, a proposal that breaks exactly one rule and
// checks the mined transaction failed with that rule's error; the unmodified proposal then lands.
func TestSubmitBasedRejectsEachProposalRule(t *testing.T) {
	f := newFixture(t)
	other := common.HexToHash("0x0bad")
	cases := []struct {
		name  string
		edit  func(p *proposal)
		check func(f *fixture, p *proposal, slot uint64, tx txRef)
	}{
		{"wrong slot", func(p *proposal) { p.m.L1Slot++; p.cert = f.certify(p.m) },
			func(f *fixture, p *proposal, slot uint64, tx txRef) {
				e := revertAs[bindings.BasedInboxWrongSlot](f, tx)
				if e.CurrentSlot != slot || e.MessageSlot != slot+1 {
					f.t.Fatalf("%+v", e)
				}
			}},
		{"wrong L1 parent", func(p *proposal) { p.m.L1ParentHash = other; p.cert = f.certify(p.m) },
			func(f *fixture, p *proposal, _ uint64, tx txRef) {
				e := revertAs[bindings.BasedInboxWrongL1Parent](f, tx)
				if e.Got != other || e.Expected == other {
					f.t.Fatalf("%+v", e)
				}
			}},
		{"signed by another key", func(p *proposal) { p.cert = f.certifyWith(p.m, f.domain(), f.stranger) },
			wantSigner(func(f *fixture) common.Address { return keyAddr(f.stranger) })},
		{"wrong EIP-712 verifying contract", func(p *proposal) {
			p.cert = f.certifyWith(p.m, bundle.Domain{ChainID: f.domain().ChainID, VerifyingContract: f.demo}, f.sequencer)
		}, wantSigner(nil)},
		{"wrong EIP-712 chain id", func(p *proposal) {
			p.cert = f.certifyWith(p.m, bundle.Domain{ChainID: 1, VerifyingContract: f.inbox}, f.sequencer)
		}, wantSigner(nil)},
		{"signature with high s", func(p *proposal) { p.cert = highS(p.cert) }, wantInvalidSignature},
		{"signature with v of 0/1", func(p *proposal) { p.cert = append([]byte(nil), p.cert...); p.cert[64] -= 27 }, wantInvalidSignature},
		{"signature of 64 bytes", func(p *proposal) { p.cert = p.cert[:64] }, wantInvalidSignature},
		{"signature with zero r", func(p *proposal) { p.cert = append(make([]byte, 32), p.cert[32:]...) }, wantInvalidSignature},
		{"not slot-ending", func(p *proposal) { p.m.SlotEnding = false; p.cert = f.certify(p.m) },
			func(f *fixture, _ *proposal, _ uint64, tx txRef) { revertAs[bindings.BasedInboxNotSlotEnding](f, tx) }},
		{"wrong L2 chain", func(p *proposal) { p.m.L2ChainId = big.NewInt(l2ChainID + 1); p.cert = f.certify(p.m) },
			func(f *fixture, _ *proposal, _ uint64, tx txRef) {
				if e := revertAs[bindings.BasedInboxWrongL2Chain](f, tx); e.Got.Int64() != l2ChainID+1 {
					f.t.Fatalf("%+v", e)
				}
			}},
		{"based block not on the slot-ending block", func(p *proposal) { p.blk.ParentHash = other },
			func(f *fixture, p *proposal, _ uint64, tx txRef) {
				e := revertAs[bindings.BasedInboxParentMismatch](f, tx)
				if e.Expected != p.m.L2BlockHash || e.Got != other {
					f.t.Fatalf("%+v", e)
				}
			}},
	}
	slot := uint64(1)
	for _, tc := range cases {
		t.Run(tc.name, func(sub *testing.T) {
			defer f.use(sub)()
			f.enterSlot(slot)
			p := f.validProposal(slot, 10+slot)
			tc.edit(p)
			tx := f.submit(f.sidecar, p.submission(), 1)
			f.chain.Commit()
			tc.check(f, p, slot, tx)
		})
		slot++
	}
	f.enterSlot(slot)
	p := f.validProposal(slot, 10+slot)
	tx := f.submit(f.sidecar, p.submission(), 1)
	f.chain.Commit()
	f.mustSucceed(tx)
}

type txRef = *types.Transaction

func (f *fixture) validProposal(slot, n uint64) *proposal {
	s := f.certified(slot, n, []byte{1, 2, 3})
	return &proposal{m: s.SlotEnding, cert: s.Certificate, batch: s.Batch, blk: s.Blk}
}

func wantSigner(signer func(*fixture) common.Address) func(*fixture, *proposal, uint64, txRef) {
	return func(f *fixture, _ *proposal, _ uint64, tx txRef) {
		e := revertAs[bindings.BasedInboxNotSequencer](f, tx)
		if e.Signer == keyAddr(f.sequencer) || (signer != nil && e.Signer != signer(f)) {
			f.t.Fatalf("recovered %s", e.Signer)
		}
	}
}

func wantInvalidSignature(f *fixture, _ *proposal, _ uint64, tx txRef) {
	revertAs[bindings.BasedInboxInvalidSignature](f, tx)
}

func (p *proposal) submission() bindings.Submission {
	return bindings.Submission{SlotEnding: p.m, Certificate: p.cert, Batch: p.batch, Blk: p.blk}
}
