package accounts_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
	"github.com/syncboost/syncboost/sidecar/internal/accounts"
)

// Senders reads a genesis account's balance and nonce from a real node's head, an account the
// chain never saw as 0 and 0, and names the account when the node is gone.
func TestSendersReadsBalanceAndNonceOnTheHead(t *testing.T) {
	payer, stranger := common.Address{0xaa}, common.Address{0xbb}
	balance := big.NewInt(123_456_789)
	n := gethnodetest.Start(t, gethnode.Config{Alloc: types.GenesisAlloc{payer: {Balance: balance, Nonce: 7}}})
	ctx := context.Background()
	l1, err := ethclient.DialContext(ctx, n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	s, err := accounts.NewSenders(l1)
	if err != nil {
		t.Fatal(err)
	}
	bal, nonce, err := s.BalanceNonce(ctx, payer)
	if err != nil || bal.Cmp(balance) != 0 || nonce != 7 {
		t.Fatalf("payer: balance %v nonce %d err %v, want %v and 7", bal, nonce, err, balance)
	}
	bal, nonce, err = s.BalanceNonce(ctx, stranger)
	if err != nil || bal.Sign() != 0 || nonce != 0 {
		t.Fatalf("unknown account: balance %v nonce %d err %v, want 0 and 0", bal, nonce, err)
	}
	down, err := ethclient.DialContext(ctx, "http://127.0.0.1:1") // nothing listens there
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()
	gone, err := accounts.NewSenders(down)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := gone.BalanceNonce(ctx, payer); err == nil || !strings.Contains(err.Error(), payer.Hex()) {
		t.Fatalf("node unreachable: %v, want an error naming %s", err, payer.Hex())
	}
	if _, err := accounts.NewSenders(nil); !errors.Is(err, accounts.ErrNilState) {
		t.Fatalf("NewSenders(nil): %v, want ErrNilState", err)
	}
}
