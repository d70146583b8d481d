package target

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/flashbots/go-boost-utils/bls"
	"github.com/flashbots/go-boost-utils/ssz"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle/chainspec"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
)

// The fee recipient a target simulates with comes from a registration the proposer signed: a
// relay that serves a forged one moves it nowhere.

const slot = 70

var (
	fork       = [4]byte{0x10, 0x00, 0x00, 0x38}
	parent     = common.Hash{0x9a}
	suggested  = common.HexToAddress("0x00000000000000000000000000000000000000b0")
	registered = common.HexToAddress("0x000000000000000000000000000000000000fee1")
	attacker   = common.HexToAddress("0x000000000000000000000000000000000000bad0")
)

func key() *bls.SecretKey {
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("target test proposer"), binary.BigEndian.AppendUint64(nil, slot)))
	if err != nil {
		panic(err)
	}
	return sk
}

func pubkey() [48]byte {
	pk, _ := bls.PublicKeyFromSecretKey(key())
	return [48]byte(bls.PublicKeyToBytes(pk))
}

func registration(t *testing.T, fee common.Address, ts uint64) relayapi.ProposerDuty {
	t.Helper()
	d := relayapi.ProposerDuty{Slot: slot, ValidatorIndex: 7, Registration: relayapi.Registration{
		FeeRecipient: fee, GasLimit: 36_000_000, Timestamp: ts, Pubkey: pubkey()}}
	sig, err := ssz.SignMessage(d.Registration.Spec(), relayapi.BuilderDomain(fork), key())
	if err != nil {
		t.Fatal(err)
	}
	d.Signature = sig
	return d
}

func relay(t *testing.T, duties ...relayapi.ProposerDuty) relayapi.Relay {
	t.Helper()
	body, _ := json.Marshal(duties)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(body) }))
	t.Cleanup(srv.Close)
	return relayapi.Relay{Name: srv.URL, URL: srv.URL}
}

type duty struct{}

func (duty) ProposerDuty(s uint64) ([48]byte, bool) { return pubkey(), s == slot }

type attrs struct{}

func (attrs) PayloadAttributes(k beacon.AttributesKey) (*beacon.PayloadAttributes, bool) {
	return &beacon.PayloadAttributes{ProposalSlot: k.Slot, ParentBlockHash: k.ParentBlockHash, Timestamp: 1_000, SuggestedFeeRecipient: suggested},
		k == beacon.AttributesKey{Slot: slot, ParentBlockHash: parent}
}

type headers struct{}

func (headers) HeaderByHash(context.Context, common.Hash) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(99), GasLimit: 36_000_000, GasUsed: 18_000_000, BaseFee: big.NewInt(1e9), Difficulty: new(big.Int)}, nil
}

func TestTargetFeeRecipientIgnoresForgedRegistrations(t *testing.T) {
	forged := registration(t, registered, 10)
	forged.Registration.FeeRecipient, forged.Registration.Timestamp = attacker, 20 // newer, and no longer what was signed
	honest, liar := relay(t, registration(t, registered, 10)), relay(t, forged)
	for _, tc := range []struct {
		name   string
		relays []relayapi.Relay
		want   common.Address
	}{
		{"honest and lying relay", []relayapi.Relay{honest, liar}, registered},
		{"lying relay alone", []relayapi.Relay{liar}, suggested},
	} {
		p, err := relayapi.NewProposers(relayapi.ProposersConfig{Relays: tc.relays, SlotsPerEpoch: 32, Timeout: 5 * time.Second, GenesisForkVersion: fork},
			relayapi.ProposersDeps{Duties: duty{}, Log: zerolog.Nop()})
		if err != nil {
			t.Fatal(err)
		}
		r := Resolver{Attributes: attrs{}, Headers: headers{}, Rules: chainspec.Mainnet(1), Registrations: p}
		got, err := r.Target(context.Background(), slot, parent)
		if err != nil {
			t.Fatal(err)
		}
		if got.FeeRecipient != tc.want {
			t.Errorf("%s: fee recipient %s, want %s", tc.name, got.FeeRecipient, tc.want)
		}
	}
}
