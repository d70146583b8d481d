package sidecar

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// ErrInboxRule: the inbox ends slots by another rule than the sidecar's configuration.
var ErrInboxRule = errors.New("the inbox's slot-ending rule differs from the configuration")

// inboxRuleTimeout bounds the start-up read.
const inboxRuleTimeout = 5 * time.Second

// inboxRule refuses to start when the inbox ends slots by another rule than the feed client
// (sequencer.implicit_slot_ending_index): every proposal would revert NotSlotEnding. An L1 it
// cannot read at start, or an inbox without the rule, is logged and not checked.
type inboxRule struct {
	l1    ethereum.ContractCaller
	inbox common.Address
	want  uint32
	log   zerolog.Logger
}

func (r inboxRule) Start(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, inboxRuleTimeout)
	defer cancel()
	ib := bindings.NewBasedInbox()
	out, err := r.l1.CallContract(ctx, ethereum.CallMsg{To: &r.inbox, Data: ib.PackImplicitSlotEndingIndex()}, nil)
	var got uint32
	if err == nil {
		got, err = ib.UnpackImplicitSlotEndingIndex(out)
	}
	if err != nil {
		r.log.Warn().Err(err).Str("inbox", r.inbox.Hex()).Msg("the inbox's slot-ending rule could not be read; not checked")
		return nil
	}
	if got != r.want {
		return fmt.Errorf("%w: sequencer.implicit_slot_ending_index is %d, the inbox at %s has %d (0: the explicit slotEnding flag)",
			ErrInboxRule, r.want, r.inbox.Hex(), got)
	}
	return nil
}

func (inboxRule) Stop(context.Context) error { return nil }
