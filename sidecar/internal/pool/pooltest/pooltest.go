// Package pooltest makes real signed bundles for tests and benchmarks of the pool, the
// journal and the searcher API.
package pooltest

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// Key returns a deterministic private key.
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("syncboost-test-key-%d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// Addr returns the address of key.
func Addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Limits are generous limits for tests.
func Limits() bundle.Limits {
	return bundle.Limits{
		MaxTxs: 16, MaxBytes: 64 << 10, MaxGasPerTx: 1_000_000, MaxGasPerBundle: 3_000_000,
		MinPriorityFee: big.NewInt(1), MinL2Fee: big.NewInt(1), MaxAssertions: 8,
	}
}

// Maker signs transactions with fresh nonces so that every bundle it makes is distinct.
type Maker struct {
	Chains bundle.Chains
	Gas    uint64 // gas limit of each transaction; 0 means 21000

	mu    sync.Mutex
	nonce uint64
}

// NewMaker returns a Maker for the given chains.
func NewMaker(l1, l2 uint64) *Maker { return &Maker{Chains: bundle.Chains{L1: l1, L2: l2}} }

func (m *Maker) next() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nonce++
	return m.nonce
}

// Tx returns a raw EIP-1559 transaction signed by key for chainID.
func (m *Maker) Tx(key *ecdsa.PrivateKey, chainID uint64) []byte {
	gas := m.Gas
	if gas == 0 {
		gas = 21000
	}
	return m.TxGas(key, chainID, gas)
}

// TxGas is Tx with an explicit gas limit.
func (m *Maker) TxGas(key *ecdsa.PrivateKey, chainID, gas uint64) []byte {
	id := new(big.Int).SetUint64(chainID)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: id, Nonce: m.next(), GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(30e9),
		Gas: gas, To: &to, Value: big.NewInt(1),
	}), types.LatestSignerForChainID(id), key)
	if err != nil {
		panic(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return raw
}

// Bundle returns a bundle of nPre L1, nL2 L2 and nPost L1 transactions signed by key.
func (m *Maker) Bundle(key *ecdsa.PrivateKey, nPre, nL2, nPost int) *bundle.ComposableBundle {
	b := &bundle.ComposableBundle{L2ChainID: m.Chains.L2}
	for range nPre {
		b.PreTxs = append(b.PreTxs, m.Tx(key, m.Chains.L1))
	}
	for range nL2 {
		b.L2Txs = append(b.L2Txs, m.Tx(key, m.Chains.L2))
	}
	for range nPost {
		b.PostTxs = append(b.PostTxs, m.Tx(key, m.Chains.L1))
	}
	return b
}

// Entry returns a validated entry for a fresh 1+2 bundle from signer, targeting slot, with
// the given replacement uuid and nonce.
func (m *Maker) Entry(tb testing.TB, signer *ecdsa.PrivateKey, slot uint64, uuid string, nonce uint64) *pool.Entry {
	tb.Helper()
	b := m.Bundle(signer, 1, 2, 0)
	b.L1Slot, b.ReplacementUUID, b.ReplacementNonce = slot, uuid, nonce
	return m.EntryOf(tb, signer, b)
}

// EntryOf validates b and wraps it as an entry signed by signer.
func (m *Maker) EntryOf(tb testing.TB, signer *ecdsa.PrivateKey, b *bundle.ComposableBundle) *pool.Entry {
	tb.Helper()
	cb, err := b.Validate(Limits(), m.Chains)
	if err != nil {
		tb.Fatalf("validate: %v", err)
	}
	return &pool.Entry{Hash: cb.Hash, Identity: Addr(signer), Bundle: cb}
}

// UUID returns a deterministic UUID string for tests.
func UUID(i int) string {
	return fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
}
