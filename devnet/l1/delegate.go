package l1

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Delegate points each of keys' EOAs at code (BasedAccount) with EIP-7702: every key signs a
// SetCode authorisation and sponsor sends them in one type-4 transaction, as a searcher's own
// tooling would. It waits until a slot block includes it and checks each account's code is
// the delegation designator. The driver must be running.
func Delegate(ctx context.Context, d *Driver, sponsor *ecdsa.PrivateKey, code common.Address, keys ...*ecdsa.PrivateKey) error {
	if !d.isStarted() {
		return ErrNotStarted
	}
	ec := d.node.EthClient()
	from := crypto.PubkeyToAddress(sponsor.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("%w: nonce: %w", ErrDeploy, err)
	}
	chainID := uint256.NewInt(d.cfg.ChainID)
	auths := make([]types.SetCodeAuthorization, 0, len(keys))
	for _, k := range keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		n, err := ec.PendingNonceAt(ctx, addr)
		if err != nil {
			return fmt.Errorf("%w: nonce of %s: %w", ErrDeploy, addr, err)
		}
		if addr == from {
			n++ // the sender's nonce moves before authorisations are processed
		}
		a, err := types.SignSetCode(k, types.SetCodeAuthorization{ChainID: *chainID, Address: code, Nonce: n})
		if err != nil {
			return fmt.Errorf("%w: sign authorisation: %w", ErrDeploy, err)
		}
		auths = append(auths, a)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%w: head: %w", ErrDeploy, err)
	}
	tip := uint256.NewInt(params.GWei)
	feeCap := new(uint256.Int).Add(new(uint256.Int).Mul(uint256.MustFromBig(head.BaseFee), uint256.NewInt(4)), tip)
	tx, err := types.SignNewTx(sponsor, types.LatestSignerForChainID(new(big.Int).SetUint64(d.cfg.ChainID)), &types.SetCodeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: params.TxGas + uint64(len(auths))*params.CallNewAccountGas, To: from, AuthList: auths,
	})
	if err != nil {
		return fmt.Errorf("%w: sign: %w", ErrDeploy, err)
	}
	start := d.LastSlot()
	if err := ec.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("%w: send delegation: %w", ErrDeploy, err)
	}
	if _, err := d.waitMined(ctx, ec, start, []*types.Transaction{tx}); err != nil {
		return err
	}
	want := types.AddressToDelegation(code)
	for _, k := range keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		got, err := ec.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("%w: code of %s: %w", ErrDeploy, addr, err)
		}
		if !bytes.Equal(got, want) {
			return fmt.Errorf("%w: %s is not delegated to %s (code %x)", ErrDeploy, addr, code, got)
		}
	}
	d.log.Info().Str("code", code.Hex()).Int("accounts", len(keys)).Msg("accounts delegated (EIP-7702)")
	return nil
}
