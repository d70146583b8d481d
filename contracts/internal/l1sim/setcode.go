package l1sim

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// delegationPrefix starts the code EIP-7702 installs on a delegated account: 0xef0100 || address.
var delegationPrefix = []byte{0xef, 0x01, 0x00}

// Delegate makes the EOAs of authorities run the code at delegate (EIP-7702): payer sends one
// SetCode transaction carrying each authority's type-4 authorisation, committed at once. The payer
// must not be an authority, so each authorisation nonce is its authority's current nonce.
func (c *Chain) Delegate(payer *ecdsa.PrivateKey, authorities []*ecdsa.PrivateKey, delegate common.Address) *types.Transaction {
	c.t.Helper()
	auths := make([]types.SetCodeAuthorization, len(authorities))
	for i, k := range authorities {
		if crypto.PubkeyToAddress(k.PublicKey) == crypto.PubkeyToAddress(payer.PublicKey) {
			c.t.Fatal("delegate: the payer cannot be an authority")
		}
		auth, err := types.SignSetCode(k, types.SetCodeAuthorization{
			ChainID: *uint256.MustFromBig(c.Config.ChainID), Address: delegate, Nonce: c.nonce(k),
		})
		if err != nil {
			c.t.Fatalf("sign authorisation: %v", err)
		}
		auths[i] = auth
	}
	tx, err := types.SignNewTx(payer, c.Signer, &types.SetCodeTx{
		ChainID: uint256.MustFromBig(c.Config.ChainID), Nonce: c.nonce(payer),
		GasTipCap: uint256.NewInt(params.GWei), GasFeeCap: uint256.NewInt(100 * params.GWei),
		Gas: 100_000 + 30_000*uint64(len(auths)), To: crypto.PubkeyToAddress(payer.PublicKey),
		Value: new(uint256.Int), AuthList: auths,
	})
	if err != nil {
		c.t.Fatalf("sign set-code transaction: %v", err)
	}
	c.submit(tx)
	c.Commit()
	if r := c.Receipt(tx); r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("set-code transaction reverted")
	}
	for _, k := range authorities {
		owner := crypto.PubkeyToAddress(k.PublicKey)
		c.nonces[owner]++ // applying the authorisation bumps the authority's nonce
		if got, want := c.Code(owner), DelegationCode(delegate); !bytes.Equal(got, want) {
			c.t.Fatalf("code of %s is %x after delegation, want %x", owner, got, want)
		}
		c.awaitPoolNonce(owner, c.nonces[owner])
	}
	return tx
}

// awaitPoolNonce waits until the transaction pool has taken in the new head and counts owner's
// next nonce as want: the pool refuses a delegated account's transaction whose nonce is not
// exactly the one it expects, and it resets on a new head asynchronously. Bounded: it yields
// between reads and fails the test after 30 s.
func (c *Chain) awaitPoolNonce(owner common.Address, want uint64) {
	c.t.Helper()
	for end := time.Now().Add(30 * time.Second); ; runtime.Gosched() {
		n, err := c.Client.PendingNonceAt(context.Background(), owner)
		if err != nil {
			c.t.Fatalf("pending nonce: %v", err)
		}
		if n == want {
			return
		}
		if time.Now().After(end) {
			c.t.Fatalf("the pool counts nonce %d for %s, want %d", n, owner, want)
		}
	}
}

// DelegationCode is the code of an account delegated to delegate.
func DelegationCode(delegate common.Address) []byte {
	return append(bytes.Clone(delegationPrefix), delegate[:]...)
}

// Code returns the code at a at the head.
func (c *Chain) Code(a common.Address) []byte {
	c.t.Helper()
	code, err := c.Client.CodeAt(context.Background(), a, nil)
	if err != nil {
		c.t.Fatalf("code: %v", err)
	}
	return code
}

// Nonce returns the committed nonce of a.
func (c *Chain) Nonce(a common.Address) uint64 {
	c.t.Helper()
	n, err := c.Client.NonceAt(context.Background(), a, nil)
	if err != nil {
		c.t.Fatalf("nonce: %v", err)
	}
	return n
}
