package searcherclient

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// L1 is what Delegate needs from an L1 execution client (*ethclient.Client has it).
type L1 interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// receiptPoll is how often Delegate asks for the delegation's receipt: a chain offers no push.
const receiptPoll = 250 * time.Millisecond

// selfCallGas is the gas for what the type-4 transaction runs after its intrinsic cost: it
// calls the EOA itself, which by then runs the delegated code (with empty calldata). Unused
// gas is not charged.
const selfCallGas = 50_000

// delegationTip is the priority fee of the delegation transaction.
var delegationTip = uint256.NewInt(params.GWei)

// Delegate points key's EOA at accountCode (BasedAccount) with EIP-7702: the EOA signs a SetCode
// authorisation and sends the type-4 transaction itself, so the authorisation carries the
// nonce after the transaction's own. It waits for the receipt (ctx bounds the wait).
func (c *Client) Delegate(ctx context.Context, l1 L1, key *ecdsa.PrivateKey, accountCode common.Address) (*types.Receipt, error) {
	if l1 == nil || key == nil || accountCode == (common.Address{}) {
		return nil, fmt.Errorf("%w: delegate: want an L1 client, a key and the account code's address", ErrConfig)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l1.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("delegate: nonce of %s: %w", from.Hex(), err)
	}
	chainID := uint256.NewInt(c.cfg.L1ChainID)
	auth, err := types.SignSetCode(key, types.SetCodeAuthorization{ChainID: *chainID, Address: accountCode, Nonce: nonce + 1})
	if err != nil {
		return nil, fmt.Errorf("delegate: sign authorisation: %w", err)
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("delegate: head: %w", err)
	}
	feeCap := new(uint256.Int).Add(new(uint256.Int).Mul(uint256.MustFromBig(head.BaseFee), uint256.NewInt(4)), delegationTip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(c.cfg.L1ChainID)), &types.SetCodeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: delegationTip, GasFeeCap: feeCap,
		Gas: params.TxGas + params.CallNewAccountGas + selfCallGas, To: from, AuthList: []types.SetCodeAuthorization{auth},
	})
	if err != nil {
		return nil, fmt.Errorf("delegate: sign: %w", err)
	}
	if err := l1.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("delegate: send: %w", err)
	}
	rc, err := waitReceipt(ctx, l1, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("delegate: %w", err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("delegate: transaction %s reverted", tx.Hash().Hex())
	}
	return rc, nil
}

func waitReceipt(ctx context.Context, l1 L1, hash common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(receiptPoll)
	defer tick.Stop()
	for {
		rc, err := l1.TransactionReceipt(ctx, hash)
		if err == nil {
			return rc, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s: %w", hash.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt of %s: %w", hash.Hex(), ctx.Err())
		case <-tick.C:
		}
	}
}

// basedNonceSelector is basedNonce()'s selector on BasedAccount.
var basedNonceSelector = crypto.Keccak256([]byte("basedNonce()"))[:4]

// BasedNonce is account's basedNonce() on the L1 head: the nonce its next signed call takes.
func BasedNonce(ctx context.Context, l1 ethereum.ContractCaller, account common.Address) (uint64, error) {
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &account, Data: basedNonceSelector}, nil)
	if err != nil {
		return 0, fmt.Errorf("basedNonce() of %s: %w", account.Hex(), err)
	}
	if len(out) != 32 || !new(big.Int).SetBytes(out).IsUint64() {
		return 0, fmt.Errorf("basedNonce() of %s: answered %x, want one uint64 word (is the account delegated?)", account.Hex(), out)
	}
	return new(big.Int).SetBytes(out).Uint64(), nil
}
