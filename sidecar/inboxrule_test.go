package sidecar

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// ruleCaller answers implicitSlotEndingIndex() as an inbox deployed with index would, or fails.
type ruleCaller struct {
	index uint32
	err   error
}

func (c ruleCaller) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return common.LeftPadBytes(big.NewInt(int64(c.index)).Bytes(), 32), c.err
}

// A sidecar configured with another slot-ending rule than its inbox's does not start: each of
// its proposals would revert NotSlotEnding. An L1 that cannot be read at start is not fatal.
func TestStartRefusesAnInboxWithAnotherSlotEndingRule(t *testing.T) {
	inbox := common.HexToAddress("0x1b")
	for _, tc := range []struct {
		name  string
		l1    ruleCaller
		want  uint32
		fails bool
	}{
		{"both explicit", ruleCaller{index: 0}, 0, false},
		{"both index 4", ruleCaller{index: 4}, 4, false},
		{"inbox explicit, config 4", ruleCaller{index: 0}, 4, true},
		{"inbox 4, config explicit", ruleCaller{index: 4}, 0, true},
		{"L1 unreachable", ruleCaller{err: errors.New("connection refused")}, 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := inboxRule{l1: tc.l1, inbox: inbox, want: tc.want, log: zerolog.Nop()}.Start(context.Background())
			if tc.fails != errors.Is(err, ErrInboxRule) || tc.fails && !strings.Contains(err.Error(), "implicit_slot_ending_index") {
				t.Fatalf("start: %v", err)
			}
		})
	}
}
