package builderhook

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/bundle"
)

// Source is what a builder asks for the atomic bundles to include in the block of slot
// built on parentHash. Under ePBS a slot has two candidate parents (the previous payload
// or its parent); each has its own bundles, so the builder asks with the one it builds on.
// An empty answer is not an error.
type Source interface {
	Bundles(ctx context.Context, slot uint64, parentHash common.Hash) ([]bundle.AtomicBundle, error)
}
