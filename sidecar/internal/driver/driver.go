// Package driver owns the per-slot loop: feed → pipeline → submission → tracker → outcome.
// Slot-ending messages, L1 heads and settling each run on their own goroutine, so a newer
// message is never queued behind a slow endpoint or a slow L1 read: it supersedes the build in
// flight for the same slot and parent, and the tracker settles past slots meanwhile.
package driver

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var (
	ErrMissing = errors.New("missing dependency")
	// ErrSuperseded ends a build in flight when a newer message for its slot and parent arrives.
	ErrSuperseded = errors.New("superseded by a newer slot-ending message")
	// ErrParentGone ends a build in flight whose L1 parent is no longer one the block may use.
	ErrParentGone = errors.New("the L1 head moved off the message's parent")
)

// Messages is the sequencer's verified slot-ending feed.
type Messages interface {
	Messages() <-chan feed.Message
}

// Heads is the L1 head as the beacon node sees it.
type Heads interface {
	Changed() <-chan struct{}
	Snapshot() beacon.Snapshot
}

// Pipeline builds and submits one message, and takes back a bundle that can no longer land.
type Pipeline interface {
	Handle(ctx context.Context, msg pipeline.Message) (*slots.Sent, error)
	Withdraw(ctx context.Context, s *slots.Sent)
}

// Tracker owns what was sent and skipped per slot, and settles it.
type Tracker interface {
	Record(s *slots.Sent) (stale bool)
	Skip(slot uint64, reason string)
	Head(headSlot, buildSlot uint64, parents []common.Hash) (stale []*slots.Sent)
}

// HeadHook is told of each new L1 head off the message path (the signer's nonce read, the
// pool's expiry of passed slots); an error is logged.
type HeadHook func(ctx context.Context, s beacon.Snapshot) error

// Failures is told of a slot whose build failed (the status page); it must not block.
type Failures interface {
	Failed(slot uint64, err error)
}

// Deps are the driver's collaborators; OnHead may be empty and Failures nil.
type Deps struct {
	Feed     Messages
	Heads    Heads
	Pipeline Pipeline
	Tracker  Tracker
	OnHead   []HeadHook
	Failures Failures
	Log      zerolog.Logger
}

// Driver runs the slot loop between Start and Stop.
type Driver struct {
	d    Deps
	log  zerolog.Logger
	wake chan struct{}

	mu     sync.Mutex
	latest *pipeline.Message  // the newest message, for based_callBundle
	queue  []pipeline.Message // messages waiting for the builder, at most one per (slot, parent)
	cur    *inFlight

	cancel context.CancelFunc
	done   sync.WaitGroup
}

// inFlight is the message being built and how to end its build early.
type inFlight struct {
	slot   uint64
	parent common.Hash
	based  bool // a based-mode build (basedmode), not the sequencer's message
	stop   context.CancelCauseFunc
}

// New checks deps.
func New(d Deps) (*Driver, error) {
	if d.Feed == nil || d.Heads == nil || d.Pipeline == nil || d.Tracker == nil {
		return nil, fmt.Errorf("%w: feed, heads, pipeline and tracker are required", ErrMissing)
	}
	return &Driver{d: d, log: d.Log.With().Str("component", "driver").Logger(), wake: make(chan struct{}, 1)}, nil
}

// Start runs the message, build and head goroutines until Stop.
func (d *Driver) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d.cancel = cancel
	d.done.Go(func() { d.receive(ctx) })
	d.done.Go(func() { d.build(ctx) })
	d.done.Go(func() { d.follow(ctx) })
	return nil
}

// Stop ends the loop and waits for its goroutines, a build in flight included.
func (d *Driver) Stop(context.Context) error {
	if d.cancel != nil {
		d.cancel()
		d.done.Wait()
	}
	return nil
}

// Latest returns the newest slot-ending message, nil before the first.
func (d *Driver) Latest() *pipeline.Message {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.latest
}
