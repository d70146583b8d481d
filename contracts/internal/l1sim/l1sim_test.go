package l1sim

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
)

func TestRulesArePinnedToTheMainnetFork(t *testing.T) {
	cfg := ChainConfig()
	if got := cfg.LatestFork(GenesisTime); got != forks.BPO2 {
		t.Fatalf("latest fork %v, want BPO2", got)
	}
	if cfg.AmsterdamTime != nil || cfg.BogotaTime != nil {
		t.Fatal("a fork after BPO2 is scheduled")
	}

	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c := New(t, crypto.PubkeyToAddress(key.PublicKey))
	if c.Head().Time != GenesisTime {
		t.Fatalf("genesis time %d", c.Head().Time)
	}
	to := common.Address{1}
	over, err := types.SignNewTx(key, c.Signer, &types.DynamicFeeTx{
		ChainID: c.Config.ChainID, Gas: TxGasCap + 1, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(10 * params.GWei), To: &to,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(context.Background(), over); err == nil {
		t.Fatal("a transaction above EIP-7825's gas cap was accepted: Osaka rules are not active")
	}
	c.NextBlockAt(GenesisTime + 100)
	if got := c.Commit().Time; got != GenesisTime+100 {
		t.Fatalf("block at %d, want %d", got, GenesisTime+100)
	}
}

func TestDelegateInstallsEIP7702Code(t *testing.T) {
	payer, owner := mustKey(t), mustKey(t)
	c := New(t, crypto.PubkeyToAddress(payer.PublicKey), crypto.PubkeyToAddress(owner.PublicKey))
	target := common.HexToAddress("0x000000000000000000000000000000000000beef")
	c.Delegate(payer, []*ecdsa.PrivateKey{owner}, target)
	if n := c.Nonce(crypto.PubkeyToAddress(owner.PublicKey)); n != 1 {
		t.Fatalf("authority nonce %d after its authorisation, want 1", n)
	}
	// The authority still sends its own transactions at the bumped nonce.
	tx := c.Send(owner, Tx{To: target})
	c.Commit()
	if r := c.Receipt(tx); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("a transaction of the delegated EOA failed")
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}
