package searcherapi

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// Payers reads an L1 account's balance and nonce on the L1 head; accounts.Senders implements
// it with an ethclient.
type Payers interface {
	BalanceNonce(ctx context.Context, account common.Address) (balance *big.Int, nonce uint64, err error)
}

// Refusal reasons of the L1 legs' senders.
const (
	reasonCannotPay     = "sender_cannot_pay"
	reasonTxNonceTooLow = "tx_nonce_too_low"
	reasonSenderUnknown = "sender_unavailable"
)

// DefaultL1ReadTimeout bounds the reads of one bundle's L1 senders.
const DefaultL1ReadTimeout = 2 * time.Second

// l1Leg is one raw L1 transaction of a bundle with where it stands in it.
type l1Leg struct {
	post bool // postTxs, else preTxs
	i    int
	tx   *bundle.Tx
}

// field names the leg in a refusal; formatted only then, not for every leg at intake.
func (l l1Leg) field() string {
	if l.post {
		return fmt.Sprintf("postTxs[%d]", l.i)
	}
	return fmt.Sprintf("preTxs[%d]", l.i)
}

// checkPayers refuses a bundle one of whose L1 transactions cannot be paid by its sender on
// the L1 head: each distinct sender is read once; its transactions in the bundle, in leg order
// (pre, then post), must not start below its nonce, and their costs (gas × fee cap + value)
// added up must not exceed its balance. A sender's transactions may follow each other (n,
// n+1, …) and may start above its nonce (the ones before may be pooled elsewhere). Money a
// sender receives within the bundle does not count: the builder may order the L1 block so that
// it never arrives first.
func (s *Server) checkPayers(ctx context.Context, cb *bundle.CheckedBundle) *rpcError {
	if s.payers == nil || len(cb.Pre)+len(cb.Post) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1ReadTimeout)
	defer cancel()
	type account struct {
		balance, spent *big.Int
		nonce          uint64
	}
	read := map[common.Address]*account{}
	for _, leg := range l1Legs(cb) {
		from := leg.tx.Sender
		a, ok := read[from]
		if !ok {
			bal, nonce, err := s.payers.BalanceNonce(ctx, from)
			if err != nil {
				s.log.Warn().Err(err).Str("account", from.Hex()).Msg("reading an L1 sender's balance and nonce")
				return newErr(CodeNotAvailable, reasonSenderUnknown, leg.field(),
					"could not read the balance and nonce of sender %s on L1; try again", from.Hex())
			}
			a = &account{balance: bal, spent: new(big.Int), nonce: nonce}
			read[from] = a
		}
		if n := leg.tx.Nonce(); n < a.nonce {
			return newErr(CodeRejected, reasonTxNonceTooLow, leg.field()+".nonce",
				"nonce %d of sender %s is below its nonce %d on the L1 head", n, from.Hex(), a.nonce)
		}
		a.spent.Add(a.spent, leg.tx.Cost())
		if a.spent.Cmp(a.balance) > 0 {
			return newErr(CodeRejected, reasonCannotPay, leg.field(), "%s",
				payMessage(from, a.spent, a.balance))
		}
	}
	return nil
}

func payMessage(from common.Address, needed, held *big.Int) string {
	return fmt.Sprintf("sender %s cannot pay: its transactions up to this one need %s wei (gas × fee cap + value), it holds %s on the L1 head",
		from.Hex(), needed, held)
}

func l1Legs(cb *bundle.CheckedBundle) []l1Leg {
	out := make([]l1Leg, 0, len(cb.Pre)+len(cb.Post))
	for i, tx := range cb.Pre {
		out = append(out, l1Leg{false, i, tx})
	}
	for i, tx := range cb.Post {
		out = append(out, l1Leg{true, i, tx})
	}
	return out
}
