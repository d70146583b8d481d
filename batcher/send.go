package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// plan is one batch transaction before it is signed.
type plan struct {
	batch   *bundle.SignedBatch // calldata form, or the re-certified blob form
	sidecar *types.BlobTxSidecar
	nonce   uint64
	prev    *sent // the pending transaction at nonce, replaced by this one
	fees    fees
	gas     uint64
}

type fees struct{ tip, feeCap, blobFeeCap *big.Int }

// post sends b, replacing the pending batch transaction if there is one at the confirmed nonce.
func (p *Poster) post(ctx context.Context, b *bundle.SignedBatch) {
	log := p.log.With().Uint64("first_number", b.Header.FirstNumber).Uint64("last_number", b.Header.LastNumber).
		Uint64("l1_slot", b.Header.L1Slot).Logger()
	tx, pl, err := p.prepare(ctx, b)
	if errors.Is(err, errApplied) {
		p.m.outcomes.WithLabelValues("already_applied").Inc()
		log.Debug().Msg("batch already applied at the l1 head; not sent")
		p.emit(Event{Kind: EventApplied, Header: b.Header})
		return
	}
	if err == nil {
		rctx, cancel := context.WithTimeout(ctx, p.cfg.RPCTimeout)
		err = p.l1.SendTransaction(rctx, tx)
		cancel()
		if err != nil {
			err = fmt.Errorf("%w: %w", errSend, err)
		}
	}
	if err != nil {
		p.m.failures.WithLabelValues(failureReason(err)).Inc()
		if ctx.Err() == nil {
			log.Warn().Err(err).Msg("batch not sent")
		}
		p.emit(Event{Kind: EventFailed, Header: b.Header, Err: err})
		return
	}
	h := pl.batch.Header
	mode := modeName(h.DataMode)
	p.m.posted.WithLabelValues(mode).Inc()
	p.m.bytes.WithLabelValues(mode).Add(float64(len(b.Data)))
	if pl.prev != nil {
		p.m.replacements.Inc()
	}
	p.pending = append(p.pending, &sent{tx: tx, header: h})
	log.Info().Str("tx", tx.Hash().Hex()).Uint64("nonce", pl.nonce).Str("mode", mode).Int("bytes", len(b.Data)).
		Bool("replaces", pl.prev != nil).Str("fee_cap", pl.fees.feeCap.String()).Msg("batch sent")
	p.emit(Event{Kind: EventSent, Header: h, Tx: tx.Hash(), Transaction: tx, Nonce: pl.nonce, Replaced: pl.prev != nil, BlobHashes: tx.BlobHashes()})
}

var (
	errApplied = errors.New("batch already applied")
	errSend    = errors.New("send")
)

// prepare reads the head, chooses the nonce, mode and fees, and signs the transaction.
func (p *Poster) prepare(ctx context.Context, b *bundle.SignedBatch) (*types.Transaction, *plan, error) {
	rctx, cancel := context.WithTimeout(ctx, p.cfg.RPCTimeout)
	head, pl, err := p.readHead(rctx, b)
	cancel()
	if err != nil {
		return nil, nil, err
	}
	blobs, err := p.blobMode(b, pl.prev)
	if err != nil {
		return nil, nil, err
	}
	if blobs { // KZG work, outside the RPC budget
		if pl.batch, pl.sidecar, err = p.blobForm(ctx, b); err != nil {
			return nil, nil, err
		}
	}
	rctx, cancel = context.WithTimeout(ctx, p.cfg.RPCTimeout)
	defer cancel()
	if pl.fees, err = p.fees(rctx, head, pl); err != nil {
		return nil, nil, err
	}
	var committee *bundle.Committee
	if p.committee != nil && pl.batch.Certificate.Kind == bundle.CertCommittee {
		committee = p.committee.CommitteeAt(pl.batch.Certificate.Epoch)
	}
	arg, err := bindings.BatchWith(pl.batch, committee)
	if err != nil {
		return nil, nil, fmt.Errorf("batch certificate: %w", err)
	}
	data := p.ib.PackSubmitBatch(arg)
	if pl.gas, err = p.estimate(rctx, head, pl, data); err != nil {
		return nil, nil, err
	}
	tx, err := types.SignTx(types.NewTx(p.build(pl, data)), p.signer, p.key)
	if err != nil {
		return nil, nil, fmt.Errorf("sign: %w", err)
	}
	return tx, pl, nil
}

// readHead reads the L1 head, refuses a batch already applied there, and takes the sender's
// confirmed nonce at it: a batch transaction still pending at that nonce is the one to replace.
func (p *Poster) readHead(ctx context.Context, b *bundle.SignedBatch) (*types.Header, *plan, error) {
	head, err := p.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("l1 head: %w", err)
	}
	out, err := p.l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &p.cfg.Inbox, Data: p.ib.PackLastBatchHash()}, head.Hash())
	if err != nil {
		return nil, nil, fmt.Errorf("lastBatchHash: %w", err)
	}
	last, err := p.ib.UnpackLastBatchHash(out)
	if err != nil {
		return nil, nil, fmt.Errorf("lastBatchHash: %w", err)
	}
	if common.Hash(last) == b.Header.LastHash {
		return nil, nil, errApplied
	}
	nonce, err := p.l1.NonceAt(ctx, p.addr, head.Number)
	if err != nil {
		return nil, nil, fmt.Errorf("nonce: %w", err)
	}
	pl := &plan{batch: b, nonce: nonce}
	for _, s := range p.pending {
		if s.tx.Nonce() == nonce {
			pl.prev = s // the newest sent at nonce: what the pool holds
		}
	}
	return head, pl, nil
}

// blobMode says whether b goes in blobs: above the threshold, unless a pending calldata
// transaction is in the way (go-ethereum keeps an account's transactions in one pool: a blob
// transaction cannot replace a calldata one, nor the other way round).
func (p *Poster) blobMode(b *bundle.SignedBatch, prev *sent) (bool, error) {
	want := len(b.Data) > p.cfg.MaxCalldataBytes || (p.cfg.BlobThreshold > 0 && len(b.Data) > p.cfg.BlobThreshold)
	if prev == nil {
		return want, nil
	}
	if prev.tx.Type() == types.BlobTxType {
		return true, nil
	}
	if len(b.Data) > p.cfg.MaxCalldataBytes {
		return false, fmt.Errorf("%w: %d bytes", ErrModeLocked, len(b.Data))
	}
	return false, nil
}

// blobForm lays the payload out in blobs and has the header re-certified for them.
func (p *Poster) blobForm(ctx context.Context, b *bundle.SignedBatch) (*bundle.SignedBatch, *types.BlobTxSidecar, error) {
	blobs, err := bundle.BlobsFor(b.Data)
	if err != nil {
		return nil, nil, fmt.Errorf("blobs: %w", err)
	}
	sc, err := bundle.BlobSidecar(blobs)
	if err != nil {
		return nil, nil, fmt.Errorf("blob sidecar: %w", err)
	}
	h := b.Header
	h.DataMode, h.DataHash = bundle.DataBlobs, bindings.BlobDataHash(sc.BlobHashes())
	cert, err := p.cert.CertifyBatch(ctx, &h)
	if err != nil {
		return nil, nil, fmt.Errorf("certify blob batch: %w", err)
	}
	return &bundle.SignedBatch{Header: h, Certificate: cert}, sc, nil
}

// fees prices the transaction at the head's base fee; a replacement bumps the pending one's
// fees by the pool's rule for the replacement's kind.
func (p *Poster) fees(ctx context.Context, head *types.Header, pl *plan) (fees, error) {
	tip := new(big.Int).Set(p.cfg.Tip)
	f := fees{tip: tip, feeCap: new(big.Int).Add(new(big.Int).Lsh(head.BaseFee, 1), tip)}
	bump := p.cfg.FeeBumpPercent
	if pl.sidecar != nil {
		bump = p.cfg.BlobFeeBumpPercent
		base, err := p.l1.BlobBaseFee(ctx)
		if err != nil {
			return fees{}, fmt.Errorf("blob base fee: %w", err)
		}
		f.blobFeeCap = bigMax(new(big.Int).Lsh(base, 1), p.cfg.MinBlobFeeCap)
	}
	if prev := pl.prev; prev != nil {
		f.tip = bigMax(f.tip, bumped(prev.tx.GasTipCap(), bump))
		f.feeCap = bigMax(f.feeCap, bumped(prev.tx.GasFeeCap(), bump))
		if f.blobFeeCap != nil && prev.tx.BlobGasFeeCap() != nil {
			f.blobFeeCap = bigMax(f.blobFeeCap, bumped(prev.tx.BlobGasFeeCap(), bump))
		}
	}
	f.feeCap = bigMax(f.feeCap, f.tip)
	if f.feeCap.Cmp(p.cfg.MaxFeeCap) > 0 || (f.blobFeeCap != nil && f.blobFeeCap.Cmp(p.cfg.MaxBlobFeeCap) > 0) {
		return fees{}, fmt.Errorf("%w: fee cap %s, blob fee cap %v", ErrFeeCap, f.feeCap, f.blobFeeCap)
	}
	return f, nil
}

// estimate runs the batch at the head: a batch that would revert (not on the inbox head) is
// not sent, and its reason is the inbox's error.
func (p *Poster) estimate(ctx context.Context, head *types.Header, pl *plan, data []byte) (uint64, error) {
	msg := ethereum.CallMsg{From: p.addr, To: &p.cfg.Inbox, Data: data, GasFeeCap: pl.fees.feeCap, GasTipCap: pl.fees.tip}
	if pl.sidecar != nil {
		msg.BlobGasFeeCap, msg.BlobHashes = pl.fees.blobFeeCap, pl.sidecar.BlobHashes()
	}
	// In the block the batch can land in: its slot's, or the next after the head if later.
	at := max(uint64(p.slots.SlotStart(pl.batch.Header.L1Slot).Unix()), head.Time+uint64(p.slots.SlotDuration()/time.Second))
	gas, err := p.l1.EstimateGasAt(ctx, msg, head.Hash(), at)
	if err != nil {
		return 0, fmt.Errorf("%w: %s", ErrWouldRevert, revertReason(err))
	}
	return gas + gas*p.cfg.GasMarginPercent/100, nil
}

func (p *Poster) build(pl *plan, data []byte) types.TxData {
	to, chainID := p.cfg.Inbox, new(big.Int).SetUint64(p.cfg.L1ChainID)
	if pl.sidecar == nil {
		return &types.DynamicFeeTx{ChainID: chainID, Nonce: pl.nonce, GasTipCap: pl.fees.tip, GasFeeCap: pl.fees.feeCap,
			Gas: pl.gas, To: &to, Data: data}
	}
	// The sidecar rides along: the transaction encodes in network form, as the pool takes it.
	return &types.BlobTx{ChainID: uint256.MustFromBig(chainID), Nonce: pl.nonce, GasTipCap: uint256.MustFromBig(pl.fees.tip),
		GasFeeCap: uint256.MustFromBig(pl.fees.feeCap), Gas: pl.gas, To: to, Data: data,
		BlobFeeCap: uint256.MustFromBig(pl.fees.blobFeeCap), BlobHashes: pl.sidecar.BlobHashes(), Sidecar: pl.sidecar}
}

// bumped is v raised by pct percent, rounded up, and at least v+1.
func bumped(v *big.Int, pct uint64) *big.Int {
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(100+pct))
	out.Add(out, big.NewInt(99)).Div(out, big.NewInt(100))
	if out.Cmp(v) <= 0 {
		out.Add(v, big.NewInt(1))
	}
	return out
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return new(big.Int).Set(b)
}

// revertReason names the inbox error in an estimate's revert data, or gives the error.
func revertReason(err error) string {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if v, uerr := bindings.UnpackInboxError(common.FromHex(s)); uerr == nil {
				return fmt.Sprintf("%T %+v", v, v)
			}
		}
	}
	return err.Error()
}

func failureReason(err error) string {
	switch {
	case errors.Is(err, ErrWouldRevert):
		return "would_revert"
	case errors.Is(err, ErrModeLocked):
		return "mode_locked"
	case errors.Is(err, ErrFeeCap):
		return "fee_cap"
	case errors.Is(err, errSend):
		return "send"
	}
	return "rpc"
}
