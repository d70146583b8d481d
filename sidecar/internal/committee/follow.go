package committee

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// startTimeout bounds the reads at start.
const startTimeout = 10 * time.Second

// state is the contract's committee at one block.
type state struct {
	epoch    uint64
	hash     common.Hash
	nextHash common.Hash // zero when no rotation is proposed
}

// Start reconciles the committee file with the chain: when the contract's committee at the
// latest block is another one, the chain's is followed (and the difference logged); when the
// chain's committee cannot be rebuilt from its events, the sidecar refuses to start. An L1 that
// cannot be read at start is logged; the file's committee is then in force until a head is read.
func (f *Follower) Start(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	h, err := f.chain.HeaderByNumber(ctx, nil)
	if err == nil {
		var s state
		if s, err = f.read(ctx, h.Hash()); err == nil {
			if file := f.view.Load().current; s.epoch != file.c.Epoch || s.hash != file.hash {
				f.log.Warn().Uint64("file_epoch", file.c.Epoch).Uint64("chain_epoch", s.epoch).Str("members_hash", s.hash.Hex()).
					Msg("sequencer.committee_file is not the committee on L1; following L1")
			}
			return f.install(ctx, s, h.Hash())
		}
	}
	if errors.Is(err, ErrConfig) {
		return err
	}
	f.log.Warn().Err(err).Msg("the committee on L1 could not be read at start; the committee file is in force until a head is read")
	return nil
}

func (*Follower) Stop(context.Context) error { return nil }

// Follow reads the contract's committee at block and installs it when it changed: the rotated-in
// committee from its activation on, and the proposed next one as soon as it is proposed. On an
// error the committees in force stay.
func (f *Follower) Follow(ctx context.Context, block common.Hash) error {
	s, err := f.read(ctx, block)
	if err != nil {
		return err
	}
	return f.install(ctx, s, block)
}

func (f *Follower) install(ctx context.Context, s state, block common.Hash) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	old := f.view.Load()
	v := &view{current: old.current, next: old.next}
	if s.epoch != v.current.c.Epoch || s.hash != v.current.hash {
		m, err := f.lookup(ctx, s.epoch, s.hash)
		if err != nil {
			return err
		}
		v.current = m
		f.log.Info().Uint64("epoch", s.epoch).Int("size", m.c.Size()).Str("members_hash", s.hash.Hex()).
			Str("block_hash", block.Hex()).Msg("committee rotated")
	}
	switch {
	case s.nextHash == (common.Hash{}):
		v.next = nil
	case v.next == nil || v.next.hash != s.nextHash || v.next.c.Epoch != s.epoch+1:
		m, err := f.lookup(ctx, s.epoch+1, s.nextHash)
		if err != nil {
			return err
		}
		v.next = &m
		f.log.Info().Uint64("epoch", s.epoch+1).Int("size", m.c.Size()).Str("members_hash", s.nextHash.Hex()).Msg("committee rotation proposed")
	}
	f.view.Store(v)
	return nil
}

// read is the contract's epoch, membersHash and nextMembersHash at block.
func (f *Follower) read(ctx context.Context, block common.Hash) (state, error) {
	addr, err := f.Verifier(ctx, block)
	if err != nil {
		return state{}, err
	}
	var s state
	out, err := f.call(ctx, addr, block, f.abi.PackEpoch())
	if err == nil {
		s.epoch, err = f.abi.UnpackEpoch(out)
	}
	if err != nil {
		return state{}, fmt.Errorf("committee %s epoch: %w", addr.Hex(), err)
	}
	if s.hash, err = f.hashAt(ctx, addr, block, f.abi.PackMembersHash()); err != nil {
		return state{}, fmt.Errorf("committee %s membersHash: %w", addr.Hex(), err)
	}
	if s.nextHash, err = f.hashAt(ctx, addr, block, f.abi.PackNextMembersHash()); err != nil {
		return state{}, fmt.Errorf("committee %s nextMembersHash: %w", addr.Hex(), err)
	}
	return s, nil
}

func (f *Follower) hashAt(ctx context.Context, addr common.Address, block common.Hash, data []byte) (common.Hash, error) {
	out, err := f.call(ctx, addr, block, data)
	if err != nil {
		return common.Hash{}, err
	}
	return f.abi.UnpackMembersHash(out) // both getters return one bytes32
}

func (f *Follower) call(ctx context.Context, to common.Address, block common.Hash, data []byte) ([]byte, error) {
	return f.chain.CallContractAtHash(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
}

// Verifier is the inbox's certificate verifier, read once (at block).
func (f *Follower) Verifier(ctx context.Context, block common.Hash) (common.Address, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.addr != (common.Address{}) {
		return f.addr, nil
	}
	ib := bindings.NewBasedInbox()
	out, err := f.call(ctx, f.cfg.Inbox, block, ib.PackCertificateVerifier())
	var addr common.Address
	if err == nil {
		addr, err = ib.UnpackCertificateVerifier(out)
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("inbox %s certificateVerifier: %w", f.cfg.Inbox.Hex(), err)
	}
	if addr == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: inbox %s has no certificate verifier (it takes the sequencer's ECDSA key)", ErrConfig, f.cfg.Inbox.Hex())
	}
	f.addr = addr
	return addr, nil
}
