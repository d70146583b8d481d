package l1signer

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// headerCacheSize keeps the last few parents: a slot signs its transaction twice and may be
// replaced several times on the same parent.
const headerCacheSize = 8

// header returns the header of hash, from the cache or the fee source.
func (s *Signer) header(ctx context.Context, hash common.Hash) (*types.Header, error) {
	if h, ok := s.headers.Get(hash); ok {
		return h, nil
	}
	h, err := s.fees.HeaderByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("read L1 header %s: %w", hash, err)
	}
	if h == nil || h.Number == nil || h.Hash() != hash {
		return nil, fmt.Errorf("read L1 header %s: the client returned another block", hash)
	}
	s.headers.Add(hash, h)
	return h, nil
}

func headOf(h *types.Header) Head {
	return Head{Number: h.Number.Uint64(), Hash: h.Hash(), ParentHash: h.ParentHash}
}

// sync reads the nonce at h and makes h the tracked head.
func (s *Signer) sync(ctx context.Context, h *types.Header) (Change, error) {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	nonce, err := s.readNonce(ctx, h)
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	c := s.book.Sync(headOf(h), nonce)
	s.mu.Unlock()
	ev := s.log.Debug()
	if c == ChangeForeign || c == ChangeReorg {
		ev = s.log.Info()
	}
	ev.Str("change", c.String()).Uint64("block_number", h.Number.Uint64()).Stringer("block_hash", h.Hash()).
		Uint64("nonce", nonce).Msg("L1 nonce synced")
	s.warnPending(ctx, nonce)
	return c, nil
}

// warnPending logs when the key has transactions in the public mempool: they take the nonces
// the sidecar's bundles need.
func (s *Signer) warnPending(ctx context.Context, nonce uint64) {
	pending, err := s.nonces.PendingNonceAt(ctx, s.addr)
	if err != nil || pending <= nonce {
		return
	}
	s.log.Warn().Uint64("nonce", nonce).Uint64("pending_nonce", pending).
		Msg("the sidecar's L1 key has pending public transactions; its bundles will fail until they clear")
}

// nonceAt returns the nonce after h for a parent that is not the tracked head. A parent at or
// above the tracked head becomes the tracked head; an older one is read without moving it.
func (s *Signer) nonceAt(ctx context.Context, h *types.Header) (uint64, error) {
	s.mu.Lock()
	cur, _, synced := s.book.Head()
	s.mu.Unlock()
	if !synced || h.Number.Uint64() >= cur.Number {
		if _, err := s.sync(ctx, h); err != nil {
			return 0, err
		}
		s.mu.Lock()
		got, nonce, _ := s.book.Head()
		s.mu.Unlock()
		if got.Hash == h.Hash() {
			return nonce, nil
		}
	}
	return s.readNonce(ctx, h)
}

// readNonce reads the account's nonce in the state after h.
func (s *Signer) readNonce(ctx context.Context, h *types.Header) (uint64, error) {
	nonce, err := s.nonces.NonceAtHash(ctx, s.addr, h.Hash())
	if err != nil {
		return 0, fmt.Errorf("read nonce at L1 block %d (%s): %w", h.Number, h.Hash(), err)
	}
	return nonce, nil
}
