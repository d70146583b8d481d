package bundle

import "time"

// Status is where a searcher's bundle is in its life, as based_getBundleStatus reports it.
type Status string

// The statuses a searcher sees. received → simulated → submitted → landed | not_landed | failed,
// or cancelled | expired on the way.
const (
	StatusReceived  Status = "received"
	StatusSimulated Status = "simulated"
	StatusSubmitted Status = "submitted"
	StatusLanded    Status = "landed"
	StatusNotLanded Status = "not_landed"
	StatusFailed    Status = "failed"
	StatusCancelled Status = "cancelled"
	StatusExpired   Status = "expired"
)

// Statuses lists every status, for metrics and validation.
var Statuses = []Status{StatusReceived, StatusSimulated, StatusSubmitted, StatusLanded, StatusNotLanded,
	StatusFailed, StatusCancelled, StatusExpired}

// Live reports whether a bundle in this status may still be built into a block.
func (s Status) Live() bool {
	return s == StatusReceived || s == StatusSimulated || s == StatusSubmitted
}

// Terminal reports whether the status is final (a cancelled bundle that had been submitted may
// still be found landed).
func (s Status) Terminal() bool { return !s.Live() }

// StatusChange is one status transition of a bundle's history.
type StatusChange struct {
	Status        Status    `json:"status"`
	At            time.Time `json:"at"`
	Reason        string    `json:"reason,omitempty"`
	L1BlockNumber uint64    `json:"l1BlockNumber,omitempty"` // landed only
	// DeliveredBy names, on a landed or not_landed status whose slot has an L1 block, who
	// delivered that block as the relays' data APIs report it (the bundle is in it when the
	// status is landed); empty when no relay reports it. DeliveryDisagreement: the reports
	// contradict each other or the chain (DeliveriesDisagree).
	DeliveredBy          []Delivery `json:"deliveredBy,omitempty"`
	DeliveryDisagreement bool       `json:"deliveryDisagreement,omitempty"`
}
