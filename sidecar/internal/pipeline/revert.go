package pipeline

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// The named errors searchers and the sidecar meet in the atomic transaction: the inbox's and
// the account contract's. A revert is described by name and arguments, and the reasons nested
// in CallFailed and CallReverted are described in turn.
var revertABIs = mustParse(&bindings.BasedInboxMetaData, &basedaccount.BasedAccountMetaData)

func mustParse(ms ...*bind.MetaData) []*abi.ABI {
	out := make([]*abi.ABI, len(ms))
	for i, m := range ms {
		a, err := m.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("contract ABI: %v", err))
		}
		out[i] = a
	}
	return out
}

// namedError finds the custom error data encodes and its decoded arguments.
func namedError(data []byte) (*abi.Error, []any, bool) {
	if len(data) < 4 {
		return nil, nil, false
	}
	for _, a := range revertABIs {
		e, err := a.ErrorByID([4]byte(data[:4]))
		if err != nil {
			continue
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return nil, nil, false
		}
		return e, args, true
	}
	return nil, nil, false
}

// describeRevert renders revert data as Name(arg=value, ...), or hex when it names no known
// error. The reasons nested in CallFailed and CallReverted are described in turn.
func describeRevert(data []byte) string {
	e, args, ok := namedError(data)
	if !ok {
		if len(data) == 0 {
			return "revert without data"
		}
		return fmt.Sprintf("revert 0x%x", data)
	}
	return e.Name + "(" + describeArgs(e, args) + ")"
}

// describeArgs renders the arguments of e except those at skip (indices into the merged
// submission, which mean nothing to the searcher).
func describeArgs(e *abi.Error, args []any, skip ...int) string {
	var parts []string
	for i, v := range args {
		if slices.Contains(skip, i) {
			continue
		}
		parts = append(parts, e.Inputs[i].Name+"="+describeValue(e.Inputs[i].Name, v))
	}
	return strings.Join(parts, ", ")
}

func describeValue(name string, v any) string {
	switch x := v.(type) {
	case []byte:
		if name == "reason" {
			return describeRevert(x)
		}
		return hexutil.Encode(x)
	case [32]byte:
		return hexutil.Encode(x[:])
	}
	return fmt.Sprintf("%v", v)
}

// submitFailure is what a revert of the atomic transaction says about a searcher's part: the
// leg, the bundle's group index and the index within it, and why in the searcher's terms (the
// nested reason of a call, the result of an assertion); ok is false when the sidecar's own part
// failed.
func submitFailure(data []byte) (leg bundle.L1Leg, group, index int, why string, ok bool) {
	e, args, known := namedError(data)
	if !known {
		return "", 0, 0, "", false
	}
	at := func(g, i any) bool {
		gb, okG := g.(*big.Int)
		ib, okI := i.(*big.Int)
		if !okG || !okI {
			return false
		}
		group, okG = smallIndex(gb)
		index, okI = smallIndex(ib)
		return okG && okI
	}
	switch e.Name {
	case "CallFailed", "NotAnAccount", "WrongBundleId", "WrongSubmitter":
		legNo, isUint8 := args[0].(uint8)
		leg = bundle.LegPreCall
		if legNo == 1 {
			leg = bundle.LegPostCall
		}
		ok = isUint8 && at(args[1], args[2])
		if reason, isBytes := args[3].([]byte); e.Name == "CallFailed" && isBytes {
			return leg, group, index, describeRevert(reason), ok
		}
		return leg, group, index, e.Name + "(" + describeArgs(e, args, 0, 1, 2) + ")", ok
	case "AssertionFailed":
		ok = at(args[0], args[1])
		return bundle.LegAssertion, group, index, "AssertionFailed(" + describeArgs(e, args, 0, 1) + ")", ok
	}
	return "", 0, 0, "", false
}

func smallIndex(v *big.Int) (int, bool) {
	if !v.IsUint64() || v.Uint64() > 1<<20 {
		return 0, false
	}
	return int(v.Uint64()), true
}

// notOnHead reports whether revert data is the inbox refusing the anchor for not being on L1.
func notOnHead(data []byte) bool {
	e, _, ok := namedError(data)
	if !ok {
		return false
	}
	switch e.Name {
	case "SlotEndingNotOnHead", "BatchNotOnHead", "BatchDataMismatch":
		return true
	}
	return false
}
