package bindings_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

func TestGoHashesMatchTheContracts(t *testing.T) {
	f := newFixture(t)
	p := bindings.CommitmentPreimage{
		Inbox: f.inbox, L1ChainId: big.NewInt(l1sim.ChainID), L1BlockNumber: 77, L1ParentHash: common.Hash{7},
		L1Timestamp: 1234, Proposer: keyAddr(f.sidecar), ParentId: common.Hash{8}, L2BlockNumber: 9,
		DataMode: bindings.DataBlobs, DataHash: common.Hash{10}, ForcedStart: 11, ForcedCount: 12,
	}
	want, err := f.ib.UnpackCommitmentOf(f.call(f.inbox, f.ib.PackCommitmentOf(p)))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := bindings.Commitment(p); err != nil || got != want {
		t.Fatalf("commitment %x (%v), contract %x", got, err, want)
	}
	if _, err := bindings.Commitment(bindings.CommitmentPreimage{}); err == nil {
		t.Fatal("a preimage without a chain id was encoded")
	}

	parent, c, post := common.Hash{1}, common.Hash{2}, common.Hash{3}
	digest, err := f.av.UnpackAttestationDigest(f.call(f.verifier, f.av.PackAttestationDigest(parent, c, post)))
	if err != nil {
		t.Fatal(err)
	}
	if got := bindings.AttestationDigest(big.NewInt(l1sim.ChainID), f.verifier, parent, c, post); got != digest {
		t.Fatalf("attestation digest %x, contract %x", got, digest)
	}
	ok, err := f.av.UnpackVerifyStateTransition(f.call(f.verifier, f.av.PackVerifyStateTransition(parent, c, post, f.attest(parent, c, post))))
	if err != nil || !ok {
		t.Fatalf("attestation rejected: %v", err)
	}
}

func TestUnpackInboxError(t *testing.T) {
	id := bindings.BasedInboxNotSlotEndingErrorID()
	v, err := bindings.UnpackInboxError(id[:4])
	if _, ok := v.(*bindings.BasedInboxNotSlotEnding); err != nil || !ok {
		t.Fatalf("%#v %v", v, err)
	}
	if _, err := bindings.UnpackInboxError([]byte{1, 2}); !errors.Is(err, bindings.ErrNoErrorData) {
		t.Fatalf("short data: %v", err)
	}
	if _, err := bindings.UnpackInboxError([]byte{1, 2, 3, 4}); !errors.Is(err, bindings.ErrUnknownError) {
		t.Fatalf("unknown selector: %v", err)
	}
	wrongSlot := bindings.BasedInboxWrongSlotErrorID()
	if _, err := bindings.UnpackInboxError(wrongSlot[:4]); err == nil {
		t.Fatal("an error without its arguments decoded")
	}
}

// FuzzUnpackInboxError: arbitrary revert data never panics and yields either a value or an error.
func FuzzUnpackInboxError(f *testing.F) {
	for _, id := range []common.Hash{bindings.BasedInboxWrongSlotErrorID(), bindings.BasedInboxAssertionFailedErrorID()} {
		f.Add(append(id[:4:4], make([]byte, 96)...))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := bindings.UnpackInboxError(data)
		if (v == nil) == (err == nil) {
			t.Fatalf("value %v with error %v", v, err)
		}
	})
}

func TestUnpackCallFailure(t *testing.T) {
	inbox := bindings.NewBasedInbox().GetABI()
	account := basedaccount.NewBasedAccount().GetABI()
	reason, err := account.Errors["CallReplayed"].Inputs.Pack(big.NewInt(4), big.NewInt(6))
	if err != nil {
		t.Fatal(err)
	}
	replayed := basedaccount.BasedAccountCallReplayedErrorID()
	reason = append(replayed[:4:4], reason...)
	args, err := inbox.Errors["CallFailed"].Inputs.Pack(uint8(1), big.NewInt(3), big.NewInt(2), reason)
	if err != nil {
		t.Fatal(err)
	}
	failedID := bindings.BasedInboxCallFailedErrorID()
	failed, v, err := bindings.UnpackCallFailure(append(failedID[:4:4], args...))
	if err != nil || failed.Leg != 1 || failed.Bundle.Int64() != 3 || failed.Index.Int64() != 2 {
		t.Fatalf("%+v %v", failed, err)
	}
	if e, ok := v.(*basedaccount.BasedAccountCallReplayed); !ok || e.Nonce.Int64() != 4 || e.Next.Int64() != 6 {
		t.Fatalf("reason %#v", v)
	}
	notSlotEnding := bindings.BasedInboxNotSlotEndingErrorID()
	if _, _, err := bindings.UnpackCallFailure(notSlotEnding[:4]); !errors.Is(err, bindings.ErrUnknownError) {
		t.Fatalf("another inbox error: %v", err)
	}
	if _, err := bindings.UnpackAccountError([]byte{1}); !errors.Is(err, bindings.ErrNoErrorData) {
		t.Fatalf("short data: %v", err)
	}
}
