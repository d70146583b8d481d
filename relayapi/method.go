package relayapi

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
)

// ErrMethod: an endpoint is configured with a method the sidecar cannot send bundles with.
var ErrMethod = errors.New("unknown bundle method")

// Method is the JSON-RPC method an endpoint takes bundles with.
type Method string

// Bundle submission methods; methodTable gives each its encoder.
const (
	MethodEthSendBundle Method = "eth_sendBundle" // params[0] is the atomic bundle as is
	MethodMevSendBundle Method = "mev_sendBundle" // params[0] is MevArgsFor the bundle
)

// MethodEthCancelBundle cancels by replacement uuid on every endpoint, whatever its Method.
const MethodEthCancelBundle = "eth_cancelBundle"

// methodSpec is one submission method and the encoder of its params[0].
type methodSpec struct {
	method Method
	params func(*bundle.AtomicBundle) any
}

// methodTable is the one list of submission methods: Check, ParseMethod and the Submitter all
// read it, so a method is added in one place.
func methodTable() []methodSpec {
	return []methodSpec{
		{MethodEthSendBundle, func(b *bundle.AtomicBundle) any { return *b }},
		{MethodMevSendBundle, func(b *bundle.AtomicBundle) any { return MevArgsFor(b) }},
	}
}

// Methods lists the submission methods, in the order error messages name them.
func Methods() []Method {
	table := methodTable()
	out := make([]Method, len(table))
	for i, s := range table {
		out[i] = s.method
	}
	return out
}

func (m Method) spec() (methodSpec, bool) {
	for _, s := range methodTable() {
		if s.method == m {
			return s, true
		}
	}
	return methodSpec{}, false
}

// Check refuses a method that is not a submission method, naming the accepted ones.
func (m Method) Check() error {
	if _, ok := m.spec(); ok {
		return nil
	}
	names := make([]string, 0, len(methodTable()))
	for _, s := range methodTable() {
		names = append(names, string(s.method))
	}
	return fmt.Errorf("%w %q (want %s)", ErrMethod, string(m), strings.Join(names, " or "))
}

// ParseMethod returns s as a Method when it is a submission method.
func ParseMethod(s string) (Method, error) {
	m := Method(s)
	return m, m.Check()
}

// Params returns params[0] of m's request for b.
func (m Method) Params(b *bundle.AtomicBundle) (any, error) {
	s, ok := m.spec()
	if !ok {
		return nil, m.Check()
	}
	return s.params(b), nil
}

// MevArgsFor maps an atomic bundle onto MEV-Share: exactly its target block (block = maxBlock)
// and every transaction with canRevert false, so any revert drops the whole bundle. MEV-Share
// has no timestamp bounds; the inbox enforces the slot on chain.
func MevArgsFor(b *bundle.AtomicBundle) MevSendBundleArgs {
	blk := hexutil.Uint64(b.BlockNumber)
	body := make([]MevBodyTx, len(b.Txs))
	for i, tx := range b.Txs {
		body[i] = MevBodyTx{Tx: tx}
	}
	return MevSendBundleArgs{Version: MevShareVersion, Inclusion: MevInclusion{Block: blk, MaxBlock: &blk}, Body: body}
}
