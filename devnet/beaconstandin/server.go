// Package beaconstandin is a beacon-node API stand-in on loopback. It serves the
// endpoints the sidecar (and go-eth2-client underneath it) calls, in the
// beacon-API spec's JSON shapes, and pushes events that its owner publishes:
// tests drive it by hand, the devnet drives it from a real L1 chain.
package beaconstandin

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/transport/httpserver"
)

// ErrConfig is returned for an invalid Config.
var ErrConfig = errors.New("beaconstandin: invalid config")

// Config describes the chain the stand-in pretends to follow.
type Config struct {
	GenesisTime   time.Time
	SlotDuration  time.Duration
	SlotsPerEpoch uint64
	// SlotDurationMS also serves SLOT_DURATION_MS, as newer beacon nodes do.
	SlotDurationMS bool
	// NodeVersion is served by /eth/v1/node/version ("Lighthouse/v8.0.0" if empty).
	NodeVersion string
	// GenesisValidatorsRoot and GenesisForkVersion are served by /eth/v1/beacon/genesis.
	GenesisValidatorsRoot common.Hash
	GenesisForkVersion    [4]byte
	// GloasForkEpoch schedules the Gloas (ePBS) fork at this epoch: /eth/v1/config/fork_schedule
	// and the spec name it, and the Gloas event topics are served. Nil: a pre-Gloas node.
	GloasForkEpoch *uint64
}

// GloasForkVersion is the fork version the stand-in gives Gloas.
var GloasForkVersion = [4]byte{0x07, 0x00, 0x00, 0x00}

// Check validates the configuration.
func (c Config) Check() error {
	switch {
	case c.GenesisTime.IsZero():
		return fmt.Errorf("%w: genesis time missing", ErrConfig)
	case c.SlotDuration <= 0 || c.SlotDuration%time.Millisecond != 0:
		return fmt.Errorf("%w: slot duration %s", ErrConfig, c.SlotDuration)
	case !c.SlotDurationMS && c.SlotDuration%time.Second != 0:
		return fmt.Errorf("%w: a sub-second slot duration needs SlotDurationMS", ErrConfig)
	case c.SlotsPerEpoch == 0:
		return fmt.Errorf("%w: slots per epoch is zero", ErrConfig)
	}
	return nil
}

// Duty is one proposer duty.
type Duty struct {
	Slot           uint64
	ValidatorIndex uint64
	Pubkey         [48]byte
}

type duties struct {
	dependentRoot common.Hash
	duties        []Duty
}

// Server is the stand-in. Its methods are safe for concurrent use.
type Server struct {
	cfg  Config
	http *httpserver.Server

	mu         sync.Mutex
	down       bool
	frozen     chan struct{} // non-nil while frozen; Thaw closes it
	headSlot   uint64
	headRoot   common.Hash
	optimistic bool
	duties     map[uint64]duties
	blocks     blockStore
	subs       map[*subscriber]struct{}
	requests   map[string]int
	changed    chan struct{} // closed and replaced on every subscriber or request change
	blobStore  *BlobStore    // getBlobs' source (SetBlobs)
}

// New starts a stand-in on 127.0.0.1 with an ephemeral port.
func New(cfg Config) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Server{
		cfg:      cfg,
		duties:   make(map[uint64]duties),
		blocks:   blockStore{byRoot: make(map[common.Hash]Block)},
		subs:     make(map[*subscriber]struct{}),
		requests: make(map[string]int),
		changed:  make(chan struct{}),
	}
	srv, err := httpserver.New(httpserver.Config{
		Listen:            "127.0.0.1:0",
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second, // event streams lift it per response
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    1 << 16,
		MaxBodyBytes:      1 << 16, // every endpoint is a GET
	}, s.routes(), zerolog.Nop())
	if err != nil {
		return nil, fmt.Errorf("beaconstandin: %w", err)
	}
	if err := srv.Start(context.Background()); err != nil {
		return nil, fmt.Errorf("beaconstandin: %w", err)
	}
	s.http = srv
	return s, nil
}

// URL returns the base URL, e.g. http://127.0.0.1:40123.
func (s *Server) URL() string { return s.http.URL() }

// Close ends every stream, stops the server and waits for it.
func (s *Server) Close() {
	s.Thaw() // a held request would hold the shutdown
	s.mu.Lock()
	for sub := range s.subs {
		sub.close()
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = s.http.Stop(ctx) // forces the remaining connections closed when ctx ends
}

// Down makes the node unreachable in effect: every open event stream ends
// and every request is answered 503 until Up.
func (s *Server) Down() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = true
	for sub := range s.subs {
		sub.close()
	}
}

// Freeze stops the node in effect, as SIGSTOP does: open event streams stay open but carry no
// byte, and every new request is held unanswered until Thaw (or until its client gives up).
func (s *Server) Freeze() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.frozen == nil {
		s.frozen = make(chan struct{})
	}
}

// Thaw resumes a frozen node: held requests are answered, streams deliver what was queued.
func (s *Server) Thaw() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.frozen != nil {
		close(s.frozen)
		s.frozen = nil
	}
}

// awaitThaw returns once the node is not frozen, false if ctx ended first.
func (s *Server) awaitThaw(ctx context.Context) bool {
	s.mu.Lock()
	ch := s.frozen
	s.mu.Unlock()
	if ch == nil {
		return true
	}
	select {
	case <-ch:
		return true
	case <-ctx.Done():
		return false
	}
}

// Up brings the node back after Down.
func (s *Server) Up() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = false
}

// SetHead sets the head served by /eth/v1/beacon/headers/head and
// /eth/v1/node/syncing without publishing an event.
func (s *Server) SetHead(slot uint64, root common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.headSlot, s.headRoot = slot, root
}

// SetOptimistic sets is_optimistic / execution_optimistic in responses.
func (s *Server) SetOptimistic(optimistic bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.optimistic = optimistic
}

// SetDuties sets the proposer duties served for epoch.
func (s *Server) SetDuties(epoch uint64, dependentRoot common.Hash, list []Duty) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.duties[epoch] = duties{dependentRoot: dependentRoot, duties: append([]Duty(nil), list...)}
}

// Requests returns how many requests path has received (query excluded).
func (s *Server) Requests(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

// WaitRequests blocks until path has received at least n requests.
func (s *Server) WaitRequests(ctx context.Context, path string, n int) error {
	return s.waitFor(ctx, func() bool { return s.requests[path] >= n })
}

// Subscribers returns the number of open event streams that include topic.
func (s *Server) Subscribers(topic string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.subscribersLocked(topic)
}

// WaitSubscribers blocks until at least n open event streams include topic.
func (s *Server) WaitSubscribers(ctx context.Context, topic string, n int) error {
	return s.waitFor(ctx, func() bool { return s.subscribersLocked(topic) >= n })
}

// WaitUnsubscribed blocks until no open event stream includes topic (a client's cancelled
// stream leaves asynchronously).
func (s *Server) WaitUnsubscribed(ctx context.Context, topic string) error {
	return s.waitFor(ctx, func() bool { return s.subscribersLocked(topic) == 0 })
}

func (s *Server) subscribersLocked(topic string) int {
	n := 0
	for sub := range s.subs {
		if sub.topics[topic] {
			n++
		}
	}
	return n
}

func (s *Server) waitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok, changed := cond(), s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) count(r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests[strings.TrimSuffix(r.URL.Path, "/")]++
	s.notifyLocked()
}
