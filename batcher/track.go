package batcher

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// track resolves the pending transactions whose nonce the L1 head has confirmed: by the
// receipt of whichever of them landed (a replaced transaction can land instead of its
// replacement if the replacement came too late).
func (p *Poster) track(ctx context.Context) {
	if len(p.pending) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, p.cfg.RPCTimeout)
	defer cancel()
	head, err := p.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		p.log.Warn().Err(err).Msg("l1 head unavailable")
		return
	}
	confirmed, err := p.l1.NonceAt(ctx, p.addr, head.Number)
	if err != nil {
		p.log.Warn().Err(err).Msg("nonce unavailable")
		return
	}
	var keep []*sent
	var landed map[uint64]bool
	for i := len(p.pending) - 1; i >= 0; i-- { // newest first: a replacement before what it replaced
		s := p.pending[i]
		n := s.tx.Nonce()
		if n >= confirmed {
			keep = append(keep, s)
			continue
		}
		if landed[n] {
			continue // a sibling at this nonce landed
		}
		rc, err := p.l1.TransactionReceipt(ctx, s.tx.Hash())
		switch {
		case errors.Is(err, ethereum.NotFound):
			if !p.hasOlderSibling(i) {
				p.dropped(s)
			}
			continue
		case err != nil:
			p.log.Warn().Err(err).Str("tx", s.tx.Hash().Hex()).Msg("receipt unavailable; looked for again later")
			keep = append(keep, s)
			continue
		}
		if landed == nil {
			landed = map[uint64]bool{}
		}
		landed[n] = true
		p.landed(s, rc)
	}
	// keep was filled newest first; the pending list is oldest first.
	for i, j := 0, len(keep)-1; i < j; i, j = i+1, j-1 {
		keep[i], keep[j] = keep[j], keep[i]
	}
	p.pending = keep
}

// hasOlderSibling: an earlier transaction at the same nonce is still to be looked at.
func (p *Poster) hasOlderSibling(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if p.pending[j].tx.Nonce() == p.pending[i].tx.Nonce() {
			return true
		}
	}
	return false
}

func (p *Poster) dropped(s *sent) {
	p.m.outcomes.WithLabelValues(string(EventDropped)).Inc()
	p.log.Warn().Str("tx", s.tx.Hash().Hex()).Uint64("nonce", s.tx.Nonce()).
		Msg("nonce confirmed without any of its batch transactions; the next batch carries the blocks")
	p.emit(Event{Kind: EventDropped, Header: s.header, Tx: s.tx.Hash(), Nonce: s.tx.Nonce()})
}

// landed records a receipt: committed (a BatchCommitted log) and no-op are success.
func (p *Poster) landed(s *sent, rc *types.Receipt) {
	outcome := OutcomeReverted
	if rc.Status == types.ReceiptStatusSuccessful {
		outcome = OutcomeNoop
		for _, l := range rc.Logs {
			if l.Address != p.cfg.Inbox {
				continue
			}
			if _, err := p.ib.UnpackBatchCommittedEvent(l); err == nil {
				outcome = OutcomeCommitted
			}
		}
	}
	p.m.outcomes.WithLabelValues(outcome).Inc()
	ev := p.log.Info()
	if outcome == OutcomeReverted {
		p.m.failures.WithLabelValues("reverted").Inc()
		ev = p.log.Warn()
	}
	ev.Str("tx", s.tx.Hash().Hex()).Uint64("l1_block", rc.BlockNumber.Uint64()).Str("outcome", outcome).
		Uint64("first_number", s.header.FirstNumber).Uint64("last_number", s.header.LastNumber).Msg("batch landed")
	p.emit(Event{Kind: EventLanded, Header: s.header, Tx: s.tx.Hash(), Nonce: s.tx.Nonce(), Outcome: outcome,
		BlobHashes: s.tx.BlobHashes(), L1Block: rc.BlockNumber.Uint64()})
}
