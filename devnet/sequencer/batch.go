package sequencer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// Reasons a release is skipped: its message would revert on L1, because the slot-ending block
// does not extend the inbox head. Both pass once the sequencer has derived what L1 holds.
var (
	// ErrInboxHeadUnknown: the inbox head is no block the sequencer knows (a based block on an
	// L1 block not yet followed).
	ErrInboxHeadUnknown = errors.New("sequencer: inbox head is not a known l2 block")
	// ErrNotOnInboxHead: the head the sequencer builds on does not descend from the inbox head.
	ErrNotOnInboxHead = errors.New("sequencer: l2 head does not extend the inbox head")
	// ErrCatchingUp: more blocks than one batch may carry (Config.MaxBatchBlocks) follow the
	// inbox head; the release is skipped and a batch of the first of them is posted instead.
	ErrCatchingUp = errors.New("sequencer: inbox head too far behind for one batch")
	// ErrBatchChain: CertifyBatch was asked to certify another L2 chain's batch.
	ErrBatchChain = errors.New("sequencer: batch for another l2 chain")
)

// skipReason is the metric label of a skipped release, "" for any other error.
func skipReason(err error) string {
	switch {
	case errors.Is(err, ErrInboxHeadUnknown):
		return "inbox_head_unknown"
	case errors.Is(err, ErrNotOnInboxHead):
		return "not_on_inbox_head"
	case errors.Is(err, ErrCatchingUp):
		return "catching_up"
	case errors.Is(err, errSilenced):
		return "silenced"
	case errors.Is(err, ErrNotCertified):
		return "not_certified"
	}
	return ""
}

// errSilenced: the slot is in the Silence window.
var errSilenced = errors.New("sequencer: silenced")

// catchUp is ErrCatchingUp with the batch to post instead of the release.
type catchUp struct {
	batch *bundle.SignedBatch
	to    uint64
}

func (c *catchUp) Error() string {
	return fmt.Sprintf("%v: posting up to l2 block %d", ErrCatchingUp, c.to)
}
func (c *catchUp) Unwrap() error { return ErrCatchingUp }

// inboxHead reads the inbox head at the L1 block the message is certified on.
func (s *Sequencer) inboxHead(ctx context.Context, l1Head common.Hash) (bindings.L2Head, error) {
	out, err := s.l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &s.cfg.Inbox, Data: s.ib.PackL2Head()}, l1Head)
	if err != nil {
		return bindings.L2Head{}, fmt.Errorf("inbox l2Head: %w", err)
	}
	h, err := s.ib.UnpackL2Head(out)
	if err != nil {
		return bindings.L2Head{}, fmt.Errorf("inbox l2Head: %w", err)
	}
	return h, nil
}

// batchTo certifies the batch of the sequenced blocks after the inbox head up to x, for slot;
// nil when x is the inbox head. The inbox names a based head by its commitment, which is also
// the batch's parent id.
func (s *Sequencer) batchTo(ctx context.Context, head bindings.L2Head, x *types.Header, slot uint64) (*bundle.SignedBatch, error) {
	id := common.Hash(head.Id)
	hash := id
	if head.Based {
		h, ok := s.st.commitments[id]
		if !ok {
			return nil, fmt.Errorf("%w: based block %s (l2 block %d)", ErrInboxHeadUnknown, id, head.Number)
		}
		hash = h
	}
	end := x
	if limit := head.Number + uint64(s.cfg.MaxBatchBlocks); x.Number.Uint64() > limit {
		if end = s.ancestor(x, limit); end == nil {
			return nil, fmt.Errorf("%w: no ancestor of l2 block %d at %d", ErrNotOnInboxHead, x.Number.Uint64(), limit)
		}
	}
	blocks, err := s.blocksAfter(hash, head.Number, end)
	if err != nil || len(blocks) == 0 {
		return nil, err
	}
	data, err := bundle.EncodeBatch(blocks)
	if err != nil {
		return nil, fmt.Errorf("encode batch: %w", err)
	}
	b := &bundle.SignedBatch{Data: data, Header: bundle.BatchHeader{
		L2ChainID: s.l2ChainID, ParentID: id, FirstNumber: head.Number + 1, LastNumber: end.Number.Uint64(),
		LastHash: end.Hash(), LastStateRoot: end.Root, L1Slot: slot, DataMode: bundle.DataCalldata,
		DataHash: crypto.Keccak256Hash(data),
	}}
	if b.Certificate, err = s.CertifyBatch(ctx, &b.Header); err != nil {
		return nil, err
	}
	if end != x {
		return nil, &catchUp{batch: b, to: end.Number.Uint64()}
	}
	return b, nil
}

// ancestor is x's ancestor at number, or nil.
func (s *Sequencer) ancestor(x *types.Header, number uint64) *types.Header {
	chain := s.l2.BlockChain()
	for x != nil && x.Number.Uint64() > number {
		x = chain.GetHeaderByHash(x.ParentHash)
	}
	return x
}

// blocksAfter walks back from x to the block at number, which must be hash, and returns the
// transaction lists of the blocks after it, oldest first.
func (s *Sequencer) blocksAfter(hash common.Hash, number uint64, x *types.Header) ([][][]byte, error) {
	chain := s.l2.BlockChain()
	if chain.GetHeaderByHash(hash) == nil {
		return nil, fmt.Errorf("%w: %s (l2 block %d)", ErrInboxHeadUnknown, hash, number)
	}
	if x.Number.Uint64() < number {
		return nil, fmt.Errorf("%w: inbox head %d, l2 head %d", ErrNotOnInboxHead, number, x.Number.Uint64())
	}
	blocks := make([][][]byte, x.Number.Uint64()-number)
	cur := x
	for i := len(blocks) - 1; i >= 0; i-- {
		b := chain.GetBlock(cur.Hash(), cur.Number.Uint64())
		if b == nil {
			return nil, fmt.Errorf("l2 block %d (%s) not found", cur.Number.Uint64(), cur.Hash())
		}
		list, err := rawTxs(b.Transactions())
		if err != nil {
			return nil, err
		}
		blocks[i] = list
		if cur = chain.GetHeaderByHash(cur.ParentHash); cur == nil {
			return nil, fmt.Errorf("parent of l2 block %d not found", b.NumberU64())
		}
	}
	if cur.Hash() != hash {
		return nil, fmt.Errorf("%w: inbox head %s at %d, the l2 head's ancestor there is %s", ErrNotOnInboxHead, hash, number, cur.Hash())
	}
	return blocks, nil
}

func rawTxs(txs types.Transactions) ([][]byte, error) {
	out := make([][]byte, len(txs))
	for i, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encode l2 tx %s: %w", tx.Hash(), err)
		}
		out[i] = raw
	}
	return out, nil
}

// CertifyBatch certifies a batch header with the sequencer key, or by the committee when there
// is one: the batch poster calls it for the blob form of a batch (batcher.Certifier). It is safe
// for concurrent use.
func (s *Sequencer) CertifyBatch(ctx context.Context, h *bundle.BatchHeader) (bundle.Certificate, error) {
	if h.L2ChainID != s.l2ChainID {
		return bundle.Certificate{}, fmt.Errorf("%w: %d", ErrBatchChain, h.L2ChainID)
	}
	cert, err := s.certifyDigest(ctx, h.Digest(s.domain), func() (bundle.Certificate, error) { return bundle.SignBatch(h, s.domain, s.key) })
	if err != nil {
		return bundle.Certificate{}, fmt.Errorf("certify batch: %w", err)
	}
	return cert, nil
}
