package pool

import "time"

// Status is where a bundle is in its life.
type Status string

// The statuses a searcher sees. received → simulated → submitted → landed | not_landed | failed,
// or cancelled | expired on the way.
const (
	Received  Status = "received"
	Simulated Status = "simulated"
	Submitted Status = "submitted"
	Landed    Status = "landed"
	NotLanded Status = "not_landed"
	Failed    Status = "failed"
	Cancelled Status = "cancelled"
	Expired   Status = "expired"
)

// Statuses lists every status, for metrics and validation.
var Statuses = []Status{Received, Simulated, Submitted, Landed, NotLanded, Failed, Cancelled, Expired}

// Live reports whether a bundle in this status may still be built into a block.
func (s Status) Live() bool { return s == Received || s == Simulated || s == Submitted }

// Terminal reports whether the status is final (a cancelled bundle that had been submitted may
// still be found landed; see Allowed).
func (s Status) Terminal() bool { return !s.Live() }

// Change is one status transition.
type Change struct {
	Status        Status    `json:"status"`
	At            time.Time `json:"at"`
	Reason        string    `json:"reason,omitempty"`
	L1BlockNumber uint64    `json:"l1BlockNumber,omitempty"` // landed only
}

var forward = map[Status][]Status{
	Received:  {Simulated, Submitted, Failed, Cancelled, Expired},
	Simulated: {Simulated, Submitted, Failed, Cancelled, Expired},
	Submitted: {Submitted, Landed, NotLanded, Failed, Cancelled},
	// An L1 reorg can remove the block a bundle landed in, and a later reorg can restore it.
	Landed:    {NotLanded},
	NotLanded: {Landed},
}

// Allowed reports whether a bundle whose history is h may move to next. Expiry applies only
// before submission (a submitted bundle waits for its outcome); a bundle cancelled after it was
// submitted may still have landed, and the chain's answer wins.
func Allowed(h []Change, next Status) bool {
	if len(h) == 0 {
		return next == Received
	}
	cur := h[len(h)-1].Status
	for _, s := range forward[cur] {
		if s == next {
			return true
		}
	}
	if cur == Cancelled && (next == Landed || next == NotLanded) {
		for _, c := range h {
			if c.Status == Submitted {
				return true
			}
		}
	}
	return false
}
