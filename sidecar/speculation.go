package sidecar

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// standIn is the pipeline's stand-in for the sequencer's certificate, nil when speculation is
// off or certificates are a committee's (docs/speculation.md).
func (b *builder) standIn() (*pipeline.StandIn, error) {
	if !b.cfg.Pipeline.Speculate || b.committee != nil || b.cfg.Sequencer.SignerAddress() == (common.Address{}) {
		return nil, nil
	}
	return pipeline.NewStandIn(pipeline.StandInConfig{Inbox: b.cfg.Inbox.ContractAddress(), L1ChainID: b.cfg.L1.ChainID,
		Sequencer: b.cfg.Sequencer.SignerAddress()}, b.l1)
}

// speculationHeads predicts the next message from the L2 node's head and the beacon head.
type speculationHeads struct {
	l2     *ethclient.Client
	beacon interface{ Snapshot() beacon.Snapshot }
}

var errHeadNotReady = errors.New("the L1 head is not ready")

func (h speculationHeads) LatestL2(ctx context.Context) (*types.Header, error) {
	return h.l2.HeaderByNumber(ctx, nil)
}

func (h speculationHeads) L1Head(context.Context) (common.Hash, error) {
	s := h.beacon.Snapshot()
	if !s.Ready {
		return common.Hash{}, errHeadNotReady
	}
	return s.HeadExecHash, nil
}
