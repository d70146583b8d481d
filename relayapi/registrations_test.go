package relayapi

import (
	"context"
	"encoding/binary"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/flashbots/go-boost-utils/bls"
	"github.com/flashbots/go-boost-utils/ssz"
	"github.com/prometheus/client_golang/prometheus"
)

// testForkVersion is not mainnet's, so a signature under the wrong domain shows.
var testForkVersion = [4]byte{0x10, 0x00, 0x00, 0x38}

func validatorKey(index uint64) *bls.SecretKey {
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("relayapi test validator"), binary.BigEndian.AppendUint64(nil, index)))
	if err != nil {
		panic(err)
	}
	return sk
}

func validatorPubkey(index uint64) [48]byte {
	pk, err := bls.PublicKeyFromSecretKey(validatorKey(index))
	if err != nil {
		panic(err)
	}
	return [48]byte(bls.PublicKeyToBytes(pk))
}

// signedDuty is slot's registration by validator index, signed by it under the test domain.
func signedDuty(slot, index uint64, fee string, ts uint64) ProposerDuty {
	d := ProposerDuty{Slot: slot, ValidatorIndex: index, Registration: Registration{
		FeeRecipient: common.HexToAddress(fee), GasLimit: 36_000_000, Timestamp: ts, Pubkey: validatorPubkey(index)}}
	sig, err := ssz.SignMessage(d.Registration.Spec(), BuilderDomain(testForkVersion), validatorKey(index))
	if err != nil {
		panic(err)
	}
	d.Signature = sig
	return d
}

// forged is what a lying relay serves: the proposer's real signature over another fee
// recipient, with a newer timestamp so it would win if it counted.
func forged(slot uint64, fee string) ProposerDuty {
	d := duty(slot, feeA, 1)
	d.Registration.FeeRecipient, d.Registration.Timestamp = common.HexToAddress(fee), 99
	return d
}

// everyDuty is a beacon node whose proposer of slot is validator slot*10, as duty signs.
type everyDuty struct{}

func (everyDuty) ProposerDuty(slot uint64) ([48]byte, bool) { return validatorPubkey(slot * 10), true }

type dutyMap map[uint64][48]byte

func (m dutyMap) ProposerDuty(slot uint64) ([48]byte, bool) { k, ok := m[slot]; return k, ok }

type noDuties struct{}

func (noDuties) ProposerDuty(uint64) ([48]byte, bool) { return [48]byte{}, false }

// newSilentRelay never answers until the test ends.
func newSilentRelay(t *testing.T) *fakeRelay {
	t.Helper()
	release := make(chan struct{})
	r := &fakeRelay{srv: httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, req *http.Request) {
		select {
		case <-release:
		case <-req.Context().Done():
		}
	}))}
	t.Cleanup(r.srv.Close)
	t.Cleanup(func() { close(release) })
	return r
}

// A bad signature, a registration by another validator than the beacon node's proposer, and a
// relay that times out: none moves the fee recipient off the honest relay's registration, and
// none turns "not registered" into "registered".
func TestProposersIgnoreUnverifiedRegistrations(t *testing.T) {
	const slot, unlisted = 70, 71
	honest := newFakeRelay(t, duty(64, feeA, 1), duty(slot, feeA, 10))
	badSig := newFakeRelay(t, duty(64, feeA, 1), forged(slot, feeB), forged(unlisted, feeB))
	other := signedDuty(slot, 999, feeB, 50) // properly signed, by a validator that does not propose
	otherU := signedDuty(unlisted, 999, feeB, 50)
	wrongKey := newFakeRelay(t, duty(64, feeA, 1), other, otherU)
	silent := newSilentRelay(t)
	reg := prometheus.NewRegistry()
	ctx := context.Background()

	p := newProposersWith(t, reg, 200*time.Millisecond, everyDuty{}, honest, badSig, wrongKey, silent)
	got := p.Lookup(ctx, slot)
	if got.Status != ProposerRegistered || got.Registration.FeeRecipient != common.HexToAddress(feeA) || !reflect.DeepEqual(got.Relays, []string{"a"}) {
		t.Fatalf("slot %d: %s, fee recipient %s via %v; want registered with the honest relay's %s", slot, got.Status, got.Registration.FeeRecipient, got.Relays, feeA)
	}
	if !errors.Is(got.Refused["b"], ErrBadSignature) || !errors.Is(got.Refused["c"], ErrNotProposer) || !errors.Is(got.Errors["d"], ErrTimeout) {
		t.Fatalf("slot %d: refused %v, errors %v; want b bad signature, c not the proposer, d timed out", slot, got.Refused, got.Errors)
	}
	if takes, known := p.TakesBuilderBlocks(ctx, slot); !takes || !known {
		t.Fatalf("TakesBuilderBlocks(%d) = %v, %v; want the honest relay's yes", slot, takes, known)
	}

	// Without the silent relay every relay answers: the forged entries do not make the
	// unregistered proposer "registered", so the slot is skipped as with the honest relay alone.
	q := newProposersWith(t, nil, 5*time.Second, everyDuty{}, honest, badSig, wrongKey)
	alone := newProposersWith(t, nil, 5*time.Second, everyDuty{}, honest)
	for _, pp := range []*Proposers{q, alone} {
		if takes, known := pp.TakesBuilderBlocks(ctx, unlisted); takes || !known {
			t.Fatalf("TakesBuilderBlocks(%d) = %v, %v; want a known no", unlisted, takes, known)
		}
	}
	// The silent relay cannot tell, which never justifies a skip (the rule for any relay error).
	if got := p.Lookup(ctx, unlisted); got.Status != ProposerUnknown || len(got.Relays) != 0 {
		t.Fatalf("slot %d with a relay down: %s via %v, want unknown", unlisted, got.Status, got.Relays)
	}

	// Each entry is checked and counted once however often it is looked up.
	p.Lookup(ctx, slot)
	for _, tc := range []struct {
		relay, verdict string
		n              float64
	}{{"a", VerdictVerified, 1}, {"b", VerdictBadSignature, 2}, {"c", VerdictNotProposer, 2}} {
		if n := metricValue(t, reg, "sidecar_relayapi_registrations_total", map[string]string{"relay": tc.relay, "verdict": tc.verdict}); n != tc.n {
			t.Errorf("relay %s: %v %s verdicts, want %v (one per entry looked up)", tc.relay, n, tc.verdict, tc.n)
		}
	}
}

// Without the beacon node's duty no registration can be matched: the relay cannot tell.
func TestProposersDutyUnknown(t *testing.T) {
	p := newProposersWith(t, nil, 5*time.Second, noDuties{}, newFakeRelay(t, duty(64, feeA, 1)))
	got := p.Lookup(context.Background(), 64)
	if got.Status != ProposerUnknown || !errors.Is(got.Errors["a"], ErrDutyUnknown) {
		t.Fatalf("%s %v, want unknown for want of a duty", got.Status, got.Errors)
	}
}

// A signature under another chain's domain does not verify.
func TestVerifyRegistrationDomain(t *testing.T) {
	d := duty(64, feeA, 1)
	if err := VerifyRegistration(d, BuilderDomain(testForkVersion)); err != nil {
		t.Fatalf("own domain: %v", err)
	}
	if err := VerifyRegistration(d, BuilderDomain([4]byte{})); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("mainnet domain: %v, want ErrBadSignature", err)
	}
	d.Signature = [96]byte{0xaa}
	if err := VerifyRegistration(d, BuilderDomain(testForkVersion)); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("malformed signature: %v, want ErrBadSignature", err)
	}
}

// The builder domain's test vectors (builder-specs' compute_domain with a zero root).
func TestBuilderDomainVectors(t *testing.T) {
	for _, tc := range []struct {
		fork [4]byte
		want string
	}{
		{[4]byte{}, "0x00000001f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a9"},
		{[4]byte{0x90, 0x00, 0x00, 0x69}, "0x00000001d3010778cd08ee514b08fe67b6c503b510987a4ce43f42306d97c67c"},
		{[4]byte{0x10, 0x00, 0x09, 0x10}, "0x00000001719103511efa4f1362ff2a50996cccf329cc84cb410c5e5c7d351d03"},
	} {
		d := BuilderDomain(tc.fork)
		if got := hexutil.Encode(d[:]); got != tc.want {
			t.Errorf("fork %x: %s, want %s", tc.fork, got, tc.want)
		}
	}
	if BuilderDomain([4]byte{}) != phase0.Domain(ssz.DomainBuilder) {
		t.Error("mainnet domain differs from go-boost-utils' DomainBuilder")
	}
}

// What one registration check costs (a BLS pairing), paid once per entry and relay.
func BenchmarkVerifyRegistration(b *testing.B) {
	d, domain := duty(64, feeA, 1), BuilderDomain(testForkVersion)
	for b.Loop() {
		if err := VerifyRegistration(d, domain); err != nil {
			b.Fatal(err)
		}
	}
}

// What a lookup costs once its registrations are verified: what the slot-ending path pays.
func BenchmarkLookupVerified(b *testing.B) {
	duties := dutyMap{64: validatorPubkey(640)} // a lookup in memory, as the beacon tracker's
	p := newProposersWith(b, nil, 5*time.Second, duties, newFakeRelay(b, duty(64, feeA, 1)), newFakeRelay(b, forged(64, feeB)))
	p.Lookup(context.Background(), 64)
	for b.Loop() {
		if p.Lookup(context.Background(), 64).Status != ProposerRegistered {
			b.Fatal("not registered")
		}
	}
}
