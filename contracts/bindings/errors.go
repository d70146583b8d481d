package bindings

import (
	"errors"
	"fmt"
)

// ErrNoErrorData means revert data too short to carry a custom error selector.
var ErrNoErrorData = errors.New("revert data shorter than an error selector")

// ErrUnknownError means revert data whose selector is none of the inbox's custom errors.
var ErrUnknownError = errors.New("unknown inbox error")

// UnpackInboxError decodes BasedInbox revert data into its typed error (for example
// *BasedInboxAssertionFailed). It never panics on arbitrary input.
func UnpackInboxError(data []byte) (any, error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("%d bytes: %w", len(data), ErrNoErrorData)
	}
	inbox := NewBasedInbox()
	for _, e := range inbox.abi.Errors {
		if [4]byte(e.ID[:4]) == [4]byte(data[:4]) {
			v, err := inbox.UnpackError(data)
			if err != nil {
				return nil, fmt.Errorf("decode %s: %w", e.Name, err)
			}
			return v, nil
		}
	}
	return nil, fmt.Errorf("selector %x: %w", data[:4], ErrUnknownError)
}
