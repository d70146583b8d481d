package searcherclient

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
)

// SendResult is based_sendBundle's answer.
type SendResult struct {
	BundleHash      common.Hash `json:"bundleHash"`
	ReplacementUUID string      `json:"replacementUuid"`
}

// CancelResult is based_cancelBundle's answer.
type CancelResult struct {
	BundleHash common.Hash   `json:"bundleHash"`
	Status     bundle.Status `json:"status"`
}

// StatusEvent is one change of a bundle's status, in its history and on the event stream.
type StatusEvent struct {
	Status               bundle.Status     `json:"status"`
	Timestamp            int64             `json:"timestamp"` // unix milliseconds
	Reason               string            `json:"reason,omitempty"`
	L1BlockNumber        *hexutil.Uint64   `json:"l1BlockNumber,omitempty"`
	DeliveredBy          []bundle.Delivery `json:"deliveredBy,omitempty"`
	DeliveryDisagreement bool              `json:"deliveryDisagreement,omitempty"`
}

// StatusResult is based_getBundleStatus's answer.
type StatusResult struct {
	BundleHash           common.Hash       `json:"bundleHash"`
	Status               bundle.Status     `json:"status"`
	L2ChainID            hexutil.Uint64    `json:"l2ChainId"`
	L1Slot               hexutil.Uint64    `json:"l1Slot"`
	ReplacementUUID      string            `json:"replacementUuid,omitempty"`
	Reason               string            `json:"reason,omitempty"`
	L1BlockNumber        *hexutil.Uint64   `json:"l1BlockNumber,omitempty"`
	DeliveredBy          []bundle.Delivery `json:"deliveredBy,omitempty"`
	DeliveryDisagreement bool              `json:"deliveryDisagreement,omitempty"`
	Timestamps           map[string]int64  `json:"timestamps"`
	History              []StatusEvent     `json:"history"`
}

// LegResult is one simulated transaction of based_callBundle.
type LegResult struct {
	TxHash     common.Hash    `json:"txHash"`
	Status     string         `json:"status"` // success or reverted
	GasUsed    hexutil.Uint64 `json:"gasUsed"`
	ReturnData hexutil.Bytes  `json:"returnData,omitempty"`
	Error      string         `json:"error,omitempty"`
}

// CallResult is based_callBundle's answer: every leg simulated, nothing sent.
type CallResult struct {
	L1Slot        hexutil.Uint64  `json:"l1Slot"`
	L2BlockNumber hexutil.Uint64  `json:"l2BlockNumber"`
	Pre           []LegResult     `json:"pre"`
	L2            []LegResult     `json:"l2"`
	Post          []LegResult     `json:"post"`
	CallsOK       bool            `json:"callsOk"`
	AssertionsOK  bool            `json:"assertionsOk"`
	FailedLeg     string          `json:"failedLeg,omitempty"`
	FailedIndex   *hexutil.Uint64 `json:"failedIndex,omitempty"`
	Error         string          `json:"error,omitempty"`
	L2StateRoot   common.Hash     `json:"l2StateRoot"`
	ValueWei      *hexutil.Big    `json:"valueWei"`
}

// Value is the builder's fee recipient's part the simulation measured (nil as zero).
func (r CallResult) Value() *big.Int {
	if r.ValueWei == nil {
		return new(big.Int)
	}
	return r.ValueWei.ToInt()
}

// wire is a copy of b as sent: the client's L2 chain when b names none, signedAt stamped now
// when stamp (the API refuses a state-changing body signed outside its window). b is unchanged.
func (c *Client) wire(b *bundle.ComposableBundle, stamp bool) (*bundle.ComposableBundle, error) {
	if b == nil {
		return nil, fmt.Errorf("%w: bundle: nil", ErrConfig)
	}
	w := *b
	if w.L2ChainID == 0 {
		w.L2ChainID = c.cfg.L2ChainID
	}
	w.SignedAt = 0
	if stamp {
		w.SignedAt = uint64(c.now().Unix())
	}
	return &w, nil
}

// SendBundle sends b with based_sendBundle. Sign its calls first (SignCalls).
func (c *Client) SendBundle(ctx context.Context, b *bundle.ComposableBundle) (SendResult, error) {
	var r SendResult
	w, err := c.wire(b, true)
	if err != nil {
		return r, err
	}
	return r, c.call(ctx, bundle.MethodSendBundle, &r, w)
}

// CallBundle simulates b with based_callBundle on the latest slot-ending message.
func (c *Client) CallBundle(ctx context.Context, b *bundle.ComposableBundle) (CallResult, error) {
	var r CallResult
	w, err := c.wire(b, false)
	if err != nil {
		return r, err
	}
	return r, c.call(ctx, bundle.MethodCallBundle, &r, w)
}

// CancelBundle cancels the bundle held under uuid if its replacement nonce is at most upTo
// (0 for a bundle sent without a nonce).
func (c *Client) CancelBundle(ctx context.Context, uuid string, upTo uint64) (CancelResult, error) {
	var r CancelResult
	if uuid == "" {
		return r, &Error{Code: CodeInvalidParams, Reason: "missing", Field: "replacementUuid", Message: "replacementUuid: required"}
	}
	p := map[string]any{"replacementUuid": uuid, "replacementNonce": hexutil.Uint64(upTo), "signedAt": c.now().Unix()}
	return r, c.call(ctx, bundle.MethodCancelBundle, &r, p)
}

// Status is based_getBundleStatus of one of the identity's bundles.
func (c *Client) Status(ctx context.Context, hash common.Hash) (StatusResult, error) {
	var r StatusResult
	return r, c.call(ctx, bundle.MethodGetBundleStatus, &r, hash)
}
