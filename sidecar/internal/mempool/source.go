package mempool

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
)

// ErrMissing: a dependency was nil.
var ErrMissing = errors.New("missing dependency")

// Caller is the L2 node's JSON-RPC client (rpc.Client).
type Caller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Source reads the L2 node's pool through txpool_content (go-ethereum's txpool namespace,
// which the node must serve to the sidecar).
type Source struct {
	rpc     Caller
	chainID uint64
	log     zerolog.Logger
}

// New checks its dependencies.
func New(rpc Caller, chainID uint64, log zerolog.Logger) (*Source, error) {
	if rpc == nil || chainID == 0 {
		return nil, fmt.Errorf("%w: the L2 client and chain id are required", ErrMissing)
	}
	return &Source{rpc: rpc, chainID: chainID, log: log.With().Str("component", "mempool").Logger()}, nil
}

// Pending is what the pool offers a based block within l.
func (s *Source) Pending(ctx context.Context, l Limits) ([]*bundle.Tx, error) {
	var raw json.RawMessage
	if err := s.rpc.CallContext(ctx, &raw, "txpool_content"); err != nil {
		return nil, fmt.Errorf("txpool_content: %w", err)
	}
	pending, skipped, err := Decode(raw, s.chainID)
	if err != nil {
		return nil, err
	}
	for _, sk := range skipped {
		s.log.Debug().Str("field", sk.Field).Str("reason", sk.Reason).Msg("pooled transaction left out")
	}
	return Select(pending, l), nil
}
