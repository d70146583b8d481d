package bindings_test

import (
	"context"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// derivedBlock is what an L2 node derives from the inbox's logs.
type derivedBlock struct {
	Commitment common.Hash
	Parent     common.Hash
	Info       bindings.ProposedBlock
}

// derive applies the derivation rule of docs/contracts.md to every inbox log so far: a proposal
// counts only when the same L1 block holds its BasedBlockConfirmed.
func (f *fixture) derive() []derivedBlock {
	f.t.Helper()
	logs, err := f.chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{f.inbox}})
	if err != nil {
		f.t.Fatal(err)
	}
	type key struct {
		block      uint64
		commitment common.Hash
	}
	proposed := map[key]*bindings.BasedInboxBasedBlockProposed{}
	var out []derivedBlock
	for i := range logs {
		l := &logs[i]
		if ev, err := f.ib.UnpackBasedBlockProposedEvent(l); err == nil {
			proposed[key{l.BlockNumber, ev.Commitment}] = ev
			continue
		}
		if ev, err := f.ib.UnpackBasedBlockConfirmedEvent(l); err == nil {
			p, ok := proposed[key{l.BlockNumber, ev.Commitment}]
			if !ok {
				f.t.Fatalf("confirmation of %x without a proposal in block %d", ev.Commitment, l.BlockNumber)
			}
			out = append(out, derivedBlock{Commitment: ev.Commitment, Parent: p.ParentId, Info: p.Info})
		}
	}
	return out
}
