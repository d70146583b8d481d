package sequencer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/derivation"
)

const fuzzChainID = 167001

func fuzzTx(t testing.TB, chain, nonce uint64) []byte {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("sequencer fuzz key")))
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chain)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chain), Nonce: nonce, Gas: 21_000, GasFeeCap: big.NewInt(1e9), To: &common.Address{1},
	})
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// Forced entries and the payload come from L1 logs anyone can write: decoding never
// panics, accounts for every entry exactly once, and keeps only transactions of the L2 chain.
func FuzzBasedTxs(f *testing.F) {
	good, other := fuzzTx(f, fuzzChainID, 0), fuzzTx(f, 1, 0)
	payload, err := bundle.EncodeBasedBlock([][]byte{good, {0x02, 0xc0}, other})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good, payload)
	f.Add([]byte{}, []byte{0x01})
	f.Add([]byte{0xde, 0xad}, []byte{0x02, 0x28, 0xb5, 0x2f, 0xfd})
	f.Fuzz(func(t *testing.T, forced, payload []byte) {
		txs, origins, skipped := derivation.BasedTxs([][]byte{forced, good}, payload, fuzzChainID)
		if len(txs) != len(origins) {
			t.Fatalf("%d txs but %d origins", len(txs), len(origins))
		}
		seen := map[derivation.Origin]int{}
		for _, o := range origins {
			seen[o]++
		}
		payloadOK := true
		for _, s := range skipped {
			if s.Index < 0 {
				payloadOK = false
				continue
			}
			seen[derivation.Origin{Forced: s.Forced, Index: s.Index}]++
		}
		for i := range 2 {
			if seen[derivation.Origin{Forced: true, Index: i}] != 1 {
				t.Fatalf("forced entry %d accounted %d times", i, seen[derivation.Origin{Forced: true, Index: i}])
			}
		}
		if entries, err := bundle.DecodeBasedBlock(payload); err == nil {
			for i := range entries {
				if seen[derivation.Origin{Index: i}] != 1 {
					t.Fatalf("payload entry %d accounted %d times", i, seen[derivation.Origin{Index: i}])
				}
			}
		} else if payloadOK {
			t.Fatalf("payload error %v not reported", err)
		}
		for i, tx := range txs {
			if tx.ChainId().Uint64() != fuzzChainID {
				t.Fatalf("tx %d for chain %v kept", i, tx.ChainId())
			}
		}
		for j, o := range origins {
			if j > 0 && o.Forced && !origins[j-1].Forced {
				t.Fatalf("forced entry %d after a payload entry", o.Index)
			}
			if o.Forced && o.Index == 1 && txs[j].Hash() != crypto.Keccak256Hash(good) {
				t.Fatal("the valid forced entry decoded to another transaction")
			}
		}
	})
}
