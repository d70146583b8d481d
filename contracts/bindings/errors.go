package bindings

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// ErrNoErrorData means revert data too short to carry a custom error selector.
var ErrNoErrorData = errors.New("revert data shorter than an error selector")

// ErrUnknownError means revert data whose selector is none of the contract's custom errors.
var ErrUnknownError = errors.New("unknown contract error")

// UnpackInboxError decodes BasedInbox revert data into its typed error (for example
// *BasedInboxAssertionFailed). It never panics on arbitrary input.
func UnpackInboxError(data []byte) (any, error) {
	return unpackWith(data, NewBasedInbox().abi, NewBasedInbox().UnpackError)
}

// UnpackAccountError decodes BasedAccount revert data (the reason of an inbox CallFailed) into
// its typed error, for example *basedaccount.BasedAccountCallReplayed.
func UnpackAccountError(data []byte) (any, error) {
	a := basedaccount.NewBasedAccount()
	return unpackWith(data, a.GetABI(), a.UnpackError)
}

// UnpackCallFailure decodes the revert data of a submission whose signed call failed: the inbox's
// CallFailed (leg, bundle, index) and the account's named error inside it.
func UnpackCallFailure(data []byte) (*BasedInboxCallFailed, any, error) {
	v, err := UnpackInboxError(data)
	if err != nil {
		return nil, nil, err
	}
	failed, ok := v.(*BasedInboxCallFailed)
	if !ok {
		return nil, nil, fmt.Errorf("reverted with %T, not CallFailed: %w", v, ErrUnknownError)
	}
	reason, err := UnpackAccountError(failed.Reason)
	if err != nil {
		return failed, nil, fmt.Errorf("call %d of leg %d of bundle %d: %w", failed.Index, failed.Leg, failed.Bundle, err)
	}
	return failed, reason, nil
}

func unpackWith(data []byte, a abi.ABI, unpack func([]byte) (any, error)) (any, error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("%d bytes: %w", len(data), ErrNoErrorData)
	}
	for _, e := range a.Errors {
		if [4]byte(e.ID[:4]) == [4]byte(data[:4]) {
			v, err := unpack(data)
			if err != nil {
				return nil, fmt.Errorf("decode %s: %w", e.Name, err)
			}
			return v, nil
		}
	}
	return nil, fmt.Errorf("selector %x: %w", data[:4], ErrUnknownError)
}
