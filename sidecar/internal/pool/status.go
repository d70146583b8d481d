package pool

import "github.com/syncboost/syncboost/bundle"

var forward = map[bundle.Status][]bundle.Status{
	bundle.StatusReceived:  {bundle.StatusSimulated, bundle.StatusSubmitted, bundle.StatusFailed, bundle.StatusCancelled, bundle.StatusExpired},
	bundle.StatusSimulated: {bundle.StatusSimulated, bundle.StatusSubmitted, bundle.StatusFailed, bundle.StatusCancelled, bundle.StatusExpired},
	bundle.StatusSubmitted: {bundle.StatusSubmitted, bundle.StatusLanded, bundle.StatusNotLanded, bundle.StatusFailed, bundle.StatusCancelled},
	// An L1 reorg can remove the block a bundle landed in, and a later reorg can restore it.
	bundle.StatusLanded:    {bundle.StatusNotLanded},
	bundle.StatusNotLanded: {bundle.StatusLanded},
}

// Allowed reports whether a bundle whose history is h may move to next. Expiry applies only
// before submission (a submitted bundle waits for its outcome); a bundle cancelled after it was
// submitted may still have landed, and the chain's answer wins.
func Allowed(h []bundle.StatusChange, next bundle.Status) bool {
	if len(h) == 0 {
		return next == bundle.StatusReceived
	}
	cur := h[len(h)-1].Status
	for _, s := range forward[cur] {
		if s == next {
			return true
		}
	}
	if cur == bundle.StatusCancelled && (next == bundle.StatusLanded || next == bundle.StatusNotLanded) {
		for _, c := range h {
			if c.Status == bundle.StatusSubmitted {
				return true
			}
		}
	}
	return false
}
