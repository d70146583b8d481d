package sim

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// go-ethereum names the failing call's sender ("address 0x…" or "sender 0x…") and, for nonce
// errors, its nonce ("tx: 7"). Other clients may not: then every call is a candidate.
var (
	senderRe = regexp.MustCompile(`(?:address|sender) (0x[0-9a-fA-F]{40})\b`)
	nonceRe  = regexp.MustCompile(`\btx: ([0-9]{1,20})\b`)
)

// prefixRun simulates the first n transactions of the caller's list.
type prefixRun func(ctx context.Context, n int) error

// attribute turns a request that failed validation into an *InvalidTxError naming the failing
// transaction, or into a request error when no transaction of txs explains it. The failing
// transaction is the first whose prefix fails: execution is sequential and stops at the
// first invalid call, so "prefix through i fails" is monotone in i and bisection finds it.
// knownFail is a prefix length already seen failing (the whole list when the failed request
// was exactly that prefix), or -1.
func attribute(ctx context.Context, f *txFailure, txs []*bundle.Tx, run prefixRun, knownFail int) error {
	cands, pinned := candidates(f.msg, txs)
	if len(cands) == 0 {
		// The sender the node names is none of ours: a probe, or a node-side problem.
		return fmt.Errorf("%w: %s", ErrRequest, f.Error())
	}
	failed := map[int]bool{knownFail: true}
	lo, hi := 0, len(cands)-1 // assumed: prefix through cands[hi] fails
	for lo < hi {
		mid := (lo + hi) / 2
		bad, err := prefixFails(ctx, run, cands[mid]+1)
		if err != nil {
			return err
		}
		if bad {
			failed[cands[mid]+1] = true
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	idx := cands[lo]
	if !pinned {
		// Unless the node named the sender, check the assumptions: the prefix through idx
		// fails and the one before it passes. Otherwise the failure is not a transaction's.
		if !failed[idx+1] {
			if bad, err := prefixFails(ctx, run, idx+1); err != nil || !bad {
				return requestOr(err, f)
			}
		}
		if idx == 0 {
			if bad, err := prefixFails(ctx, run, 0); err != nil || bad {
				return requestOr(err, f)
			}
		}
	}
	return &InvalidTxError{Index: idx, Code: f.code, Message: f.msg}
}

func requestOr(err error, f *txFailure) error {
	if err != nil {
		return err
	}
	return fmt.Errorf("%w: %s", ErrRequest, f.Error())
}

// prefixFails reports whether the first n transactions fail validation; any other error aborts.
func prefixFails(ctx context.Context, run prefixRun, n int) (bool, error) {
	err := run(ctx, n)
	var f *txFailure
	switch {
	case err == nil:
		return false, nil
	case errors.As(err, &f):
		return true, nil
	default:
		return false, err
	}
}

// candidates lists the indices that may hold the failing transaction, ascending; pinned says
// they come from the node's message rather than being every index.
func candidates(msg string, txs []*bundle.Tx) ([]int, bool) {
	m := senderRe.FindStringSubmatch(msg)
	if m == nil {
		all := make([]int, len(txs))
		for i := range all {
			all[i] = i
		}
		return all, false
	}
	sender := common.HexToAddress(m[1])
	var bySender []int
	for i, tx := range txs {
		if tx.Sender == sender {
			bySender = append(bySender, i)
		}
	}
	n := nonceRe.FindStringSubmatch(msg)
	if n == nil {
		return bySender, true
	}
	nonce, err := strconv.ParseUint(n[1], 10, 64)
	if err != nil {
		return bySender, true
	}
	var byNonce []int
	for _, i := range bySender {
		if txs[i].Nonce() == nonce {
			byNonce = append(byNonce, i)
		}
	}
	if len(byNonce) == 0 {
		return bySender, true
	}
	return byNonce, true
}
