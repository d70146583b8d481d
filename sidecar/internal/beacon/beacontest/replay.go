package beacontest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/beaconstandin"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
)

// HeaderByNumber returns the local header at number (the highest for nil).
func (c *ExecChain) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	if number == nil {
		var top *types.Header
		for _, h := range c.byNumber {
			if top == nil || h.Number.Cmp(top.Number) > 0 {
				top = h
			}
		}
		return top, nil
	}
	if !number.IsUint64() {
		return nil, ethereum.NotFound
	}
	if h, ok := c.byNumber[number.Uint64()]; ok {
		return h, nil
	}
	return nil, ethereum.NotFound
}

// HeaderByHash returns the local header with hash.
func (c *ExecChain) HeaderByHash(_ context.Context, hash common.Hash) (*types.Header, error) {
	if h, ok := c.byHash[hash]; ok {
		return h, nil
	}
	return nil, ethereum.NotFound
}

// Replayer publishes a recording through a beacon-API stand-in to a tracker on a virtual
// clock: the clock moves to each event's arrival time, the stand-in publishes the event, and
// the replayer waits until the tracker has handled it.
type Replayer struct {
	Rec      *Recording
	Clock    *clock.Virtual
	BN       *beaconstandin.Server
	Tracker  *beacon.Tracker
	Registry *prometheus.Registry
	next     int
	sent     map[string]int // events published per topic
}

// NewReplayer starts a stand-in for rec's chain and builds (without starting) a tracker on it
// whose configuration edit may change. The clock reads the first event's time. Close stops both.
func NewReplayer(rec *Recording, edit func(*beacon.Config)) (*Replayer, error) {
	bn, err := beaconstandin.New(beaconstandin.Config{GenesisTime: rec.Genesis, SlotDuration: rec.SlotDuration,
		SlotsPerEpoch: rec.SlotsPerEpoch, NodeVersion: "Prysm/v5.3.0 (recording)"})
	if err != nil {
		return nil, err
	}
	cfg := beacon.DefaultConfig(bn.URL())
	// Reconnects follow the virtual clock; real-time budgets only bound a broken test.
	cfg.Reconnect = clock.Backoff{Min: 50 * time.Millisecond, Max: 200 * time.Millisecond, Jitter: 0.1}
	cfg.RequestTimeout = 30 * time.Second
	if edit != nil {
		edit(&cfg)
	}
	clk := clock.NewVirtual(rec.Events[0].At)
	reg := prometheus.NewRegistry()
	tr, err := beacon.New(cfg, rec.Exec, clk, zerolog.Nop(), reg)
	if err != nil {
		bn.Close()
		return nil, err
	}
	return &Replayer{Rec: rec, Clock: clk, BN: bn, Tracker: tr, Registry: reg, sent: map[string]int{}}, nil
}

// Prime takes the state of the first n events without publishing them, as a node that ran
// before the tracker started, and moves the clock to at.
func (r *Replayer) Prime(n int, at time.Time) error {
	for ; r.next < n; r.next++ {
		if err := r.BN.Apply(r.Rec.Events[r.next]); err != nil {
			return err
		}
	}
	r.Clock.AdvanceTo(at)
	return nil
}

// Start starts the tracker and waits until it follows both event streams.
func (r *Replayer) Start(ctx context.Context) error {
	if err := r.Tracker.Start(ctx); err != nil {
		return err
	}
	return r.WaitSubscribed(ctx)
}

// WaitSubscribed waits until the tracker follows both event streams.
func (r *Replayer) WaitSubscribed(ctx context.Context) error {
	for _, topic := range []string{"head", "payload_attributes"} {
		if err := r.BN.WaitSubscribers(ctx, topic, 1); err != nil {
			return fmt.Errorf("no %s subscriber: %w", topic, err)
		}
	}
	return nil
}

// Close stops the tracker (if started) and the stand-in.
func (r *Replayer) Close() error {
	r.BN.Thaw() // a request held by a frozen stand-in would hold the tracker's stop
	err := r.Tracker.Stop(context.Background())
	r.BN.Close()
	if errors.Is(err, beacon.ErrNotStarted) {
		return nil
	}
	return err
}

// Peek returns the next event, false at the end.
func (r *Replayer) Peek() (beaconstandin.Recorded, bool) {
	if r.next >= len(r.Rec.Events) {
		return beaconstandin.Recorded{}, false
	}
	return r.Rec.Events[r.next], true
}

// Next replays the next event and waits until the tracker has handled it.
func (r *Replayer) Next(ctx context.Context) (beaconstandin.Recorded, error) {
	ev, ok := r.Peek()
	if !ok {
		return ev, errors.New("beacontest: recording exhausted")
	}
	r.next++
	r.Clock.AdvanceTo(ev.At)
	if err := r.BN.PublishRecorded(ev); err != nil {
		return ev, err
	}
	r.sent[ev.Topic]++
	want := float64(r.sent[ev.Topic]) // events_total counts from the tracker's start
	_, err := r.Tracker.WaitFor(ctx, func(beacon.Snapshot) bool {
		return Counter(r.Registry, "sidecar_beacon_events_total", "topic", ev.Topic) >= want
	})
	if err != nil {
		return ev, fmt.Errorf("beacontest: %s event at %s not handled: %w", ev.Topic, ev.At.Format(time.TimeOnly), err)
	}
	return ev, nil
}

// Send replays the next event without waiting for the tracker: a stream that is down (or
// not back yet) never gets it, a frozen one gets it once thawed.
func (r *Replayer) Send() (beaconstandin.Recorded, error) {
	ev, ok := r.Peek()
	if !ok {
		return ev, errors.New("beacontest: recording exhausted")
	}
	r.next++
	r.Clock.AdvanceTo(ev.At)
	if r.BN.Subscribers(ev.Topic) > 0 {
		r.sent[ev.Topic]++
	}
	return ev, r.BN.PublishRecorded(ev)
}

// Pending returns the events not replayed yet.
func (r *Replayer) Pending() []beaconstandin.Recorded { return r.Rec.Events[r.next:] }

// Counter reads a counter of reg, selected by one label pair when label is not empty; 0 when
// absent.
func Counter(reg *prometheus.Registry, name, label, value string) float64 {
	mfs, err := reg.Gather()
	if err != nil {
		return 0
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if label == "" || hasLabel(m, label, value) {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

func hasLabel(m *dto.Metric, name, value string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == name && l.GetValue() == value {
			return true
		}
	}
	return false
}
