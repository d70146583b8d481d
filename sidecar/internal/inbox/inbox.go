// Package inbox speaks to the BasedInbox contract for the sidecar: it builds and signs the one
// atomic submitBased transaction, predicts the commitment, reads the due forced-inclusion
// entries, and reads the inbox's events of an L1 block.
package inbox

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/sidecar/internal/l1signer"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var (
	ErrConfig  = errors.New("invalid inbox config")
	ErrMissing = errors.New("missing dependency")
)

// Chain is the L1 execution client (ethclient satisfies it).
type Chain interface {
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Signer signs the sidecar's transactions with nonces for (slot, parent).
type Signer interface {
	Address() common.Address
	Sign(ctx context.Context, slot uint64, parent common.Hash, req l1signer.TxRequest) (*types.Transaction, error)
}

// Config names the inbox.
type Config struct {
	Address   common.Address
	L1ChainID uint64
	L1Rules   *params.ChainConfig // for the blob base fee
	// Committees packs committee certificates as the inbox's certificate verifier reads them
	// (bindings.CommitteeCertificate, with the keys of the certificate's epoch); nil when
	// certificates are ECDSA.
	Committees Committees
}

// Committees is the committee of an epoch, as it rotates; safe for concurrent use.
type Committees interface {
	Committee(epoch uint64) *bundle.Committee
}

// committee is the committee that made cert, nil for ECDSA.
func (c Config) committee(cert bundle.Certificate) *bundle.Committee {
	if c.Committees == nil || cert.Kind != bundle.CertCommittee {
		return nil
	}
	return c.Committees.Committee(cert.Epoch)
}

// Check validates the config.
func (c Config) Check() error {
	if c.Address == (common.Address{}) || c.L1ChainID == 0 || c.L1Rules == nil {
		return fmt.Errorf("%w: address, l1 chain id and L1 chain rules are required", ErrConfig)
	}
	return nil
}

// Inbox is the pipeline's inbox transactions and forced-entry source, and the tracker's events.
type Inbox struct {
	cfg    Config
	chain  Chain
	signer Signer
	abi    *bindings.BasedInbox
}

// New checks cfg and dependencies.
func New(cfg Config, chain Chain, signer Signer) (*Inbox, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if chain == nil || signer == nil {
		return nil, ErrMissing
	}
	return &Inbox{cfg: cfg, chain: chain, signer: signer, abi: bindings.NewBasedInbox()}, nil
}

// block is one submitBased call's BasedBlock plus what signing it needs.
type block struct {
	arg      bindings.BasedBlock
	dataHash common.Hash
	sidecar  *types.BlobTxSidecar
}

func (x *Inbox) basedBlock(a slots.ProposeArgs) *block {
	parent := a.Message.L2BlockHash
	if a.ParentID != (common.Hash{}) {
		parent = a.ParentID // based mode: the inbox head's id (ANCHOR_HEAD)
	}
	b := &block{arg: bindings.BasedBlock{
		ParentHash: parent, DataMode: bindings.DataCalldata, ForcedCount: uint16(len(a.Forced.Txs)),
		PostStateRoot: a.PostStateRoot, Proof: a.Proof,
	}}
	if a.Sidecar == nil {
		b.arg.TxData, b.dataHash = a.Payload, bindings.DataHash(a.Payload)
		return b
	}
	b.sidecar = a.Sidecar
	b.arg.DataMode, b.arg.BlobCount = bindings.DataBlobs, uint8(len(a.Sidecar.Blobs))
	b.dataHash = bindings.BlobDataHash(a.Sidecar.BlobHashes())
	return b
}

// commitment is what the inbox will record: bindings.Commitment of the preimage it builds.
func (x *Inbox) commitment(a slots.ProposeArgs, b *block) (common.Hash, error) {
	pre := bindings.CommitmentPreimage{
		Inbox: x.cfg.Address, L1ChainId: new(big.Int).SetUint64(x.cfg.L1ChainID),
		L1BlockNumber: a.Target.ParentNumber + 1, L1ParentHash: a.Target.ParentHash, L1Timestamp: a.Target.Time,
		Proposer: x.signer.Address(), ParentId: b.arg.ParentHash, L2BlockNumber: bundle.BasedBlockNumber(a.Message.L2BlockNumber),
		DataMode: b.arg.DataMode, DataHash: b.dataHash, ForcedStart: a.Forced.Start, ForcedCount: b.arg.ForcedCount,
	}
	return bindings.Commitment(pre)
}

// Commitment predicts the commitment submitBased will record for a.
func (x *Inbox) Commitment(_ context.Context, a slots.ProposeArgs) (common.Hash, error) {
	return x.commitment(a, x.basedBlock(a))
}

// Submit builds and signs submitBased for a, returning the raw transaction (network form for
// blobs) and the commitment it records.
func (x *Inbox) Submit(ctx context.Context, a slots.SubmitArgs) ([]byte, common.Hash, error) {
	b := x.basedBlock(a.ProposeArgs)
	sub, err := x.submission(a, b)
	if err != nil {
		return nil, common.Hash{}, err
	}
	data, err := x.abi.TryPackSubmitBased(sub)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("pack submitBased: %w", err)
	}
	gas := a.Gas
	if gas == 0 || gas > bundle.MaxTxGas {
		gas = bundle.MaxTxGas
	}
	req := l1signer.TxRequest{To: x.cfg.Address, Data: data, Sidecar: b.sidecar, Gas: gas}
	if b.sidecar != nil {
		if req.BlobFeeCap, err = x.blobFeeCap(ctx, a.Target.ParentHash); err != nil {
			return nil, common.Hash{}, err
		}
	}
	tx, err := x.signer.Sign(ctx, a.Target.Slot, a.Target.ParentHash, req)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("sign submitBased: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, common.Hash{}, err
	}
	commitment, err := x.commitment(a.ProposeArgs, b)
	return raw, commitment, err
}

// submission is submitBased's argument, the certificates in the inbox's form.
func (x *Inbox) submission(a slots.SubmitArgs, b *block) (bindings.Submission, error) {
	se := a.Message.SlotEnding
	cert, err := bindings.InboxCertificate(a.Message.Certificate, x.cfg.committee(a.Message.Certificate))
	if err != nil {
		return bindings.Submission{}, fmt.Errorf("certificate: %w", err)
	}
	var batchCommittee *bundle.Committee
	if a.Message.Batch != nil {
		batchCommittee = x.cfg.committee(a.Message.Batch.Certificate)
	}
	batch, err := bindings.BatchWith(a.Message.Batch, batchCommittee)
	if err != nil {
		return bindings.Submission{}, fmt.Errorf("batch.certificate: %w", err)
	}
	return bindings.Submission{SlotEnding: bindings.SlotEndingOf(&se), Certificate: cert, Batch: batch,
		Blk: b.arg, Bundles: x.callBundles(a.Groups)}, nil
}

// callBundles binds every group to this inbox, its chain and the sidecar's address as the
// submitter (with the bundle ids they give), the values intake checked the signatures against;
// a bundle reloaded from the journal carries them unset. Each group keeps its bundle's slot, so
// a call aimed at another slot fails as CallWrongSlot, not as a bad signature. The groups are
// copied: they are the pooled bundles' own calls.
func (x *Inbox) callBundles(gs []bundle.CallGroup) []bindings.CallBundle {
	out := make([]bindings.CallBundle, len(gs))
	for i, g := range gs {
		g.PreCalls, g.PostCalls = slices.Clone(g.PreCalls), slices.Clone(g.PostCalls)
		g.Bind(bundle.Chains{L1: x.cfg.L1ChainID, Inbox: x.cfg.Address, Submitter: x.signer.Address()})
		out[i] = bindings.CallBundleOf(g)
	}
	return out
}

// blobFeeCap is twice the blob base fee the block on parent will charge.
func (x *Inbox) blobFeeCap(ctx context.Context, parent common.Hash) (*big.Int, error) {
	h, err := x.chain.HeaderByHash(ctx, parent)
	if err != nil {
		return nil, fmt.Errorf("parent header: %w", err)
	}
	fee := eip4844.CalcBlobFee(x.cfg.L1Rules, h)
	return fee.Add(fee.Lsh(fee, 1), big.NewInt(params.GWei)), nil
}
