package l1signer

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"
)

var inbox = common.HexToAddress("0x00000000000000000000000000000000000b1b0c")

// chain is a real in-process go-ethereum node (simulated beacon) with the sidecar's key funded.
type chain struct {
	sim    *simulated.Backend
	client simulated.Client
	signer *Signer
	id     *big.Int
}

func newChain(t *testing.T) *chain {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("sidecar l1 key")))
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{addr: {Balance: new(big.Int).Lsh(big.NewInt(1), 70)}})
	t.Cleanup(func() { _ = sim.Close() })
	c := &chain{sim: sim, client: sim.Client()}
	var err error
	if c.id, err = c.client.ChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	// simulated.Client does not list NonceAtHash; the ethclient behind it has it.
	c.signer, err = New(Config{ChainID: c.id, Tip: big.NewInt(2e9)}, Deps{Key: key, Nonces: c.client.(NonceReader), Fees: c.client, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *chain) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func (c *chain) onHead(t *testing.T, want Change) common.Hash {
	t.Helper()
	h := c.head(t).Hash()
	if got, err := c.signer.OnHead(context.Background(), h); err != nil || got != want {
		t.Fatalf("OnHead = %s, %v; want %s", got, err, want)
	}
	return h
}

// one signs slot's transaction on parent and checks its nonce.
func (c *chain) one(t *testing.T, slot uint64, parent common.Hash, wantNonce uint64) []*types.Transaction {
	t.Helper()
	tx, err := c.signer.Sign(context.Background(), slot, parent, TxRequest{To: inbox, Data: []byte{1, 2, 3}, Gas: 60_000})
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != wantNonce {
		t.Fatalf("slot %d nonce %d, want %d", slot, tx.Nonce(), wantNonce)
	}
	return []*types.Transaction{tx}
}

// land sends the transactions and seals a block; all must succeed on chain.
func (c *chain) land(t *testing.T, txs []*types.Transaction) {
	t.Helper()
	ctx := context.Background()
	for _, tx := range txs {
		if err := c.client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	c.sim.Commit()
	for _, tx := range txs {
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d not included: %v", tx.Nonce(), err)
		}
	}
}

func TestSignerNoncesAcrossLandedAndMissedSlots(t *testing.T) {
	c := newChain(t)
	p := c.onHead(t, ChangeFirst)
	c.land(t, c.one(t, 1, p, 0))
	p = c.onHead(t, ChangeLanded)
	c.one(t, 2, p, 1)
	c.land(t, c.one(t, 2, p, 1)) // a replacement on the same parent keeps the nonce
	p = c.onHead(t, ChangeLanded)

	c.one(t, 3, p, 2) // signed, but the bundle does not land
	c.sim.Commit()
	p = c.onHead(t, ChangeMissed)
	c.land(t, c.one(t, 4, p, 2))
	c.onHead(t, ChangeLanded)
}

func TestSignerRereadsAfterReorg(t *testing.T) {
	c := newChain(t)
	a := c.onHead(t, ChangeFirst)
	c.one(t, 1, a, 0) // slot 1 missed on the first branch
	c.sim.Commit()
	c.onHead(t, ChangeMissed)

	if err := c.sim.Fork(a); err != nil { // the other branch carries slot 1's transaction
		t.Fatal(err)
	}
	c.land(t, c.one(t, 1, a, 0))
	p := c.onHead(t, ChangeReorg)
	c.land(t, c.one(t, 2, p, 1))
	c.onHead(t, ChangeLanded)
}

// A parent on a side branch gets the nonce of its own state, not that of the canonical block
// at its height.
func TestSignerSideBranchParent(t *testing.T) {
	c := newChain(t)
	a := c.onHead(t, ChangeFirst)
	c.land(t, c.one(t, 1, a, 0))
	side := c.onHead(t, ChangeLanded)
	if err := c.sim.Fork(a); err != nil {
		t.Fatal(err)
	}
	c.sim.Rollback() // waits for the pool to follow the fork and drops the transaction it put back
	c.sim.Commit()   // an empty sibling becomes canonical
	c.onHead(t, ChangeReorg)
	got, err := c.signer.Assign(context.Background(), 2, side)
	if err != nil || got.Nonce != 1 {
		t.Fatalf("Assign on the side-branch parent = nonce %d, %v; want 1 (its own state)", got.Nonce, err)
	}
}

func TestSignerSignatureAndFees(t *testing.T) {
	c := newChain(t)
	parent := c.head(t)
	tx := c.one(t, 1, parent.Hash(), 0)[0]
	sender, err := types.Sender(types.LatestSignerForChainID(c.id), tx)
	if err != nil || sender != c.signer.Address() || tx.ChainId().Cmp(c.id) != 0 || tx.Type() != types.DynamicFeeTxType {
		t.Fatalf("sender %s (%v), chain %s, type %d", sender, err, tx.ChainId(), tx.Type())
	}
	if _, err := types.Sender(types.LatestSignerForChainID(big.NewInt(1)), tx); err == nil {
		t.Fatal("the signature recovers under another chain id")
	}
	wantCap := new(big.Int).Add(new(big.Int).Mul(parent.BaseFee, big.NewInt(2)), big.NewInt(2e9))
	if tx.GasFeeCap().Cmp(wantCap) != 0 || tx.GasTipCap().Cmp(big.NewInt(2e9)) != 0 {
		t.Fatalf("fee cap %s tip %s, want %s and 2 gwei", tx.GasFeeCap(), tx.GasTipCap(), wantCap)
	}
}

func TestSignerBlobTransaction(t *testing.T) {
	c := newChain(t)
	sc := types.NewBlobTxSidecar(types.BlobSidecarVersion1, []kzg4844.Blob{{}}, []kzg4844.Commitment{{0xc0}}, nil)
	req := TxRequest{To: inbox, Gas: 100_000, Sidecar: sc}
	parent := c.head(t).Hash()
	if _, err := c.signer.Sign(context.Background(), 1, parent, req); err == nil {
		t.Fatal("signed a blob transaction without a blob fee cap")
	}
	req.BlobFeeCap = big.NewInt(1e9)
	tx, err := c.signer.Sign(context.Background(), 1, parent, req)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := tx.MarshalBinary()
	sender, err := types.Sender(types.LatestSignerForChainID(c.id), tx)
	if err != nil || sender != c.signer.Address() || tx.Type() != types.BlobTxType ||
		tx.BlobHashes()[0] != sc.BlobHashes()[0] || len(raw) < len(kzg4844.Blob{}) {
		t.Fatalf("blob tx: sender %s (%v), type %d, %d bytes encoded", sender, err, tx.Type(), len(raw))
	}
}

type failingNonces struct{ NonceReader }

var errNode = errors.New("node down")

func (failingNonces) NonceAtHash(context.Context, common.Address, common.Hash) (uint64, error) {
	return 0, errNode
}

func TestSignerChainErrorsAreReturned(t *testing.T) {
	c := newChain(t)
	s, err := New(c.signer.cfg, Deps{Key: c.signer.key, Nonces: failingNonces{c.client.(NonceReader)}, Fees: c.client})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sign(context.Background(), 1, c.head(t).Hash(), TxRequest{To: inbox, Gas: 60_000}); !errors.Is(err, errNode) {
		t.Fatalf("Sign with the node down: %v, want its error", err)
	}
	if _, err := New(Config{ChainID: big.NewInt(1)}, Deps{}); !errors.Is(err, ErrConfig) {
		t.Fatalf("New without tip: %v", err)
	}
	if _, err := New(c.signer.cfg, Deps{Key: c.signer.key}); !errors.Is(err, ErrNilDep) {
		t.Fatalf("New without readers: %v", err)
	}
}
