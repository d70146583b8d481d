package committee

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// lookup rebuilds the committee the contract keeps as (epoch, hash) from the contract's
// CommitteeRotationProposed events for epoch: only events the contract itself emitted count
// (its proofs of possession were checked there), and only keys hashing to the on-chain
// membersHash. The newest matching event wins; a later proposal replaces an earlier one.
// Called with f.mu held.
func (f *Follower) lookup(ctx context.Context, epoch uint64, hash common.Hash) (member, error) {
	if m, ok := f.known[hash]; ok && m.c.Epoch == epoch {
		return m, nil
	}
	topic := f.abi.GetABI().Events[bindings.BLSCommitteeCommitteeRotationProposedEventName].ID
	logs, err := f.chain.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{f.addr},
		Topics: [][]common.Hash{{topic}, {common.BigToHash(new(big.Int).SetUint64(epoch))}}})
	if err != nil {
		return member{}, fmt.Errorf("committee %s rotation events of epoch %d: %w", f.addr.Hex(), epoch, err)
	}
	var refused error
	for _, l := range slices.Backward(logs) {
		if l.Address != f.addr || l.Removed {
			continue
		}
		ev, err := f.abi.UnpackCommitteeRotationProposedEvent(&l)
		if err != nil || ev.Epoch != epoch {
			refused = fmt.Errorf("event in tx %s: %v", l.TxHash.Hex(), err)
			continue
		}
		if got := crypto.Keccak256Hash(ev.Points); got != hash {
			refused = fmt.Errorf("%w: event in tx %s hashes to %s, the contract has %s", ErrMembersHash, l.TxHash.Hex(), got.Hex(), hash.Hex())
			continue
		}
		c, err := bundle.CommitteeOfRegistered(epoch, ev.Pubkeys, ev.Points)
		if err != nil {
			refused = fmt.Errorf("%w: event in tx %s: %w", ErrMembersHash, l.TxHash.Hex(), err)
			continue
		}
		m := newMember(c)
		f.known[hash] = m
		return m, nil
	}
	if refused != nil {
		return member{}, fmt.Errorf("committee %s epoch %d: %w", f.addr.Hex(), epoch, refused)
	}
	return member{}, fmt.Errorf("%w: committee %s epoch %d membersHash %s", ErrNotFound, f.addr.Hex(), epoch, hash.Hex())
}
