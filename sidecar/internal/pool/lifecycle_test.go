package pool_test

import (
	"testing"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

func TestAllowed(t *testing.T) {
	h := func(ss ...bundle.Status) []bundle.StatusChange {
		out := make([]bundle.StatusChange, len(ss))
		for i, s := range ss {
			out[i] = bundle.StatusChange{Status: s}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		h    []bundle.StatusChange
		next bundle.Status
		want bool
	}{
		{"new is received", nil, bundle.StatusReceived, true},
		{"new cannot start simulated", nil, bundle.StatusSimulated, false},
		{"received to simulated", h(bundle.StatusReceived), bundle.StatusSimulated, true},
		{"received to expired", h(bundle.StatusReceived), bundle.StatusExpired, true},
		{"resimulated", h(bundle.StatusReceived, bundle.StatusSimulated), bundle.StatusSimulated, true},
		{"simulated to submitted", h(bundle.StatusReceived, bundle.StatusSimulated), bundle.StatusSubmitted, true},
		{"submitted to landed", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusLanded, true},
		{"submitted to not_landed", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusNotLanded, true},
		{"submitted does not expire", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusExpired, false},
		{"no going back", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusSimulated, false},
		{"landed is final", h(bundle.StatusReceived, bundle.StatusSubmitted, bundle.StatusLanded), bundle.StatusFailed, false},
		{"expired is final", h(bundle.StatusReceived, bundle.StatusExpired), bundle.StatusSimulated, false},
		{"cancelled before submission is final", h(bundle.StatusReceived, bundle.StatusCancelled), bundle.StatusLanded, false},
		{"cancelled after submission may land", h(bundle.StatusReceived, bundle.StatusSubmitted, bundle.StatusCancelled), bundle.StatusLanded, true},
	} {
		if got := pool.Allowed(tc.h, tc.next); got != tc.want {
			t.Errorf("%s: Allowed = %v, want %v", tc.name, got, tc.want)
		}
	}
}
