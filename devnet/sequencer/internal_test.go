package sequencer

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// Blob-mode based blocks need blobs the devnet cannot serve: derivation says so instead of
// building a wrong block; an unknown data mode is refused the same way.
func TestDeriveRefusesBlobAndUnknownModes(t *testing.T) {
	s := &Sequencer{}
	l1 := &types.Header{Number: big.NewInt(7)}
	for mode, want := range map[uint8]error{bindings.DataBlobs: ErrBlobSource, 9: ErrDataMode} {
		ev := &bindings.BasedInboxBasedBlockProposed{Info: bindings.ProposedBlock{DataMode: mode, L1Slot: 3}}
		bb, sealed, err := s.derive(context.Background(), l1, ev)
		if !errors.Is(err, want) || sealed != nil || bb.L1BlockNumber != 7 || bb.L1Slot != 3 {
			t.Fatalf("mode %d: derive = %v, %v; want %v and the block's facts", mode, sealed, err, want)
		}
	}
}
