// Package status keeps what the sidecar's status page shows: the last slots with their outcome,
// dead time, bundles and endpoint answers, and each bundle endpoint's health. The tracker, the
// driver and the relay fan-out feed it; it holds no key, and every text it serves is redacted
// of URL credentials.
package status

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// Outcome is a slot's row state.
type Outcome string

// Slot outcomes. A sent slot settles to one of the three outcome kinds of bundle.OutcomeKind.
const (
	OutcomeSent         Outcome = "sent" // sent; L1 has not told yet
	OutcomeLanded       Outcome = Outcome(bundle.OutcomeLanded)
	OutcomeNotLanded    Outcome = Outcome(bundle.OutcomeNotLanded)
	OutcomeNotConfirmed Outcome = Outcome(bundle.OutcomeNotConfirmed)
	OutcomeSkipped      Outcome = "skipped"   // nothing sent; Reason is the skip reason
	OutcomeFailed       Outcome = "failed"    // the build failed; Reason is the error
	OutcomeWithdrawn    Outcome = "withdrawn" // sent, then the L1 head left its parent
)

// DefaultSlots is how many slots the page keeps.
const DefaultSlots = 64

// MaxSlots bounds Config.Slots.
const MaxSlots = 4096

var ErrConfig = errors.New("status: invalid config")

// EndpointConfig names one bundle endpoint; URL is shown redacted (RedactURL).
type EndpointConfig struct {
	Name, URL string
}

// Config sizes the book.
type Config struct {
	Slots     int // the last Slots slots are kept, 1..MaxSlots
	Endpoints []EndpointConfig
}

// Check validates the config.
func (c Config) Check() error {
	if c.Slots < 1 || c.Slots > MaxSlots {
		return fmt.Errorf("%w: slots: %d is not in 1..%d", ErrConfig, c.Slots, MaxSlots)
	}
	return nil
}

// Slot is one slot's row.
type Slot struct {
	Slot    uint64  `json:"slot"`
	Outcome Outcome `json:"outcome"`
	Reason  string  `json:"reason,omitempty"`
	L1Block uint64  `json:"l1Block,omitempty"`
	// DeadTime runs from the slot-ending message's arrival to the first byte to an endpoint.
	DeadTime          time.Duration `json:"deadTimeNs"`
	BundlesIncluded   int           `json:"bundlesIncluded"`
	BundlesConsidered int           `json:"bundlesConsidered"`
	// EndpointsAccepted and EndpointsFailed count the fan-out's answers; EndpointsFinal is
	// false while some endpoint is still answering (the counts are then those at the first
	// acceptance).
	EndpointsAccepted int  `json:"endpointsAccepted"`
	EndpointsFailed   int  `json:"endpointsFailed"`
	EndpointsFinal    bool `json:"endpointsFinal"`

	sent *slots.Sent
}

// Endpoint is one bundle endpoint's health from its answers to the fan-out.
type Endpoint struct {
	Name        string        `json:"name"`
	URL         string        `json:"url"`
	LastOutcome string        `json:"lastOutcome,omitempty"`
	LastLatency time.Duration `json:"lastLatencyNs"`
	LastAnswer  time.Time     `json:"lastAnswer,omitzero"`
	Accepted    uint64        `json:"accepted"`
	Failed      uint64        `json:"failed"`
	// FailingFor counts the failures since the last acceptance.
	FailingFor uint64 `json:"failingFor"`
}

// Health is "unknown" before any answer, "ok" after an acceptance, else "failing".
func (e Endpoint) Health() string {
	switch {
	case e.LastOutcome == "":
		return "unknown"
	case e.FailingFor == 0:
		return "ok"
	}
	return "failing"
}

// Book holds the last slots and the endpoints' health. Its methods are safe for concurrent use
// and never block on anything but its own lock.
type Book struct {
	cfg Config

	mu        sync.Mutex
	slots     map[uint64]*Slot
	endpoints []Endpoint
}

// New returns an empty book.
func New(cfg Config) (*Book, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	b := &Book{cfg: cfg, slots: map[uint64]*Slot{}}
	for _, e := range cfg.Endpoints {
		b.endpoints = append(b.endpoints, Endpoint{Name: e.Name, URL: RedactURL(e.URL)})
	}
	return b, nil
}

// row returns slot's row, creating it; nil when slot is older than every kept slot and the book
// is full. b.mu is held.
func (b *Book) row(slot uint64) *Slot {
	if r, ok := b.slots[slot]; ok {
		return r
	}
	if len(b.slots) >= b.cfg.Slots {
		oldest := slot
		for s := range b.slots {
			oldest = min(oldest, s)
		}
		if oldest == slot {
			return nil
		}
		delete(b.slots, oldest)
	}
	r := &Slot{Slot: slot}
	b.slots[slot] = r
	return r
}

func (b *Book) update(slot uint64, f func(*Slot)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if r := b.row(slot); r != nil {
		f(r)
	}
}

// Sent records what went out for a slot (a newer send replaces the row's figures).
func (b *Book) Sent(s *slots.Sent) {
	b.update(s.Slot, func(r *Slot) {
		*r = Slot{Slot: s.Slot, Outcome: OutcomeSent, DeadTime: s.DeadTime, BundlesIncluded: len(s.Included),
			BundlesConsidered: len(s.Included) + len(s.Failed) + len(s.Dropped), sent: s}
	})
}

// Skipped records a skip; a slot something was sent for keeps its send (the tracker does too).
func (b *Book) Skipped(slot uint64, reason string) {
	b.update(slot, func(r *Slot) {
		if r.sent == nil {
			r.Outcome, r.Reason = OutcomeSkipped, RedactText(reason)
		}
	})
}

// Failed records a failed build, unless something was sent for the slot.
func (b *Book) Failed(slot uint64, err error) {
	b.update(slot, func(r *Slot) {
		if r.sent == nil {
			r.Outcome, r.Reason = OutcomeFailed, RedactText(err.Error())
		}
	})
}

// Withdrawn records that the slot's send can no longer land.
func (b *Book) Withdrawn(slot uint64) {
	b.update(slot, func(r *Slot) { r.Outcome, r.Reason = OutcomeWithdrawn, "the L1 head left the parent" })
}

// Settled records the tracker's outcome (again after a reorg).
func (b *Book) Settled(o feed.Outcome) {
	b.update(o.L1Slot, func(r *Slot) { r.Outcome, r.Reason, r.L1Block = Outcome(o.Kind), RedactText(o.Reason), o.L1BlockNumber })
}

// Answered records each endpoint's answer to one fan-out; a request the sidecar gave up itself
// (canceled) says nothing about the endpoint and is not counted.
func (b *Book) Answered(rs []relayapi.Result) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, r := range rs {
		i := slices.IndexFunc(b.endpoints, func(e Endpoint) bool { return e.Name == r.Endpoint })
		if i < 0 || r.Outcome == relayapi.OutcomeCanceled {
			continue
		}
		e := &b.endpoints[i]
		e.LastOutcome, e.LastLatency, e.LastAnswer = string(r.Outcome), r.Latency, r.Start.Add(r.Latency)
		if r.Outcome == relayapi.OutcomeAccepted {
			e.Accepted, e.FailingFor = e.Accepted+1, 0
		} else {
			e.Failed, e.FailingFor = e.Failed+1, e.FailingFor+1
		}
	}
}

// Slots returns the kept slots, newest first (their texts were redacted as they came in).
func (b *Book) Slots() []Slot {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]Slot, 0, len(b.slots))
	for _, r := range b.slots {
		s := *r
		s.EndpointsFinal = true
		if s.sent != nil {
			d, final := s.sent.Final()
			if !final {
				d = s.sent.Delivery
			}
			s.EndpointsAccepted, s.EndpointsFailed, s.EndpointsFinal = d.Accepted, d.Failed, final
		}
		s.sent = nil
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Slot) int { return cmp.Compare(b.Slot, a.Slot) })
	return out
}

// Endpoints returns each endpoint's health, in configuration order.
func (b *Book) Endpoints() []Endpoint {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.endpoints)
}
