package relayapi

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// Deps are the Submitter's injected dependencies.
type Deps struct {
	// Identity signs X-Flashbots-Signature; relays and builders know the sidecar by its address.
	Identity *ecdsa.PrivateKey
	Log      zerolog.Logger
	// Registry receives the per-endpoint metrics; nil keeps them unexported.
	Registry prometheus.Registerer
	// Clock times requests and arms per-endpoint budgets; nil means the wall clock.
	Clock clock.Clock
	// Transport carries the requests; nil means a pooled transport of its own.
	Transport http.RoundTripper
	// Observe, if set, is called with each endpoint's result as soon as it is known, from that
	// endpoint's goroutine (for dead-time accounting or journaling); it must return quickly.
	Observe func(Result)
}

// Submitter sends bundles to every configured endpoint in parallel. It is safe for concurrent
// use. It owns every request it starts: Stop ends those still in flight and waits for them.
type Submitter struct {
	cfg      Config
	identity *ecdsa.PrivateKey
	client   *http.Client
	clk      clock.Clock
	log      zerolog.Logger
	metrics  *submitMetrics
	observe  func(Result)
	nextID   atomic.Uint64

	// life is cancelled by Stop (cause ErrStopped) and abandons every fan-out.
	life    context.Context
	halt    context.CancelCauseFunc
	mu      sync.Mutex
	stopped bool
	wg      sync.WaitGroup // one per request goroutine
	drain   sync.Once
	drained chan struct{} // closed once wg is done after Stop
}

// Result is one endpoint's answer to one request.
type Result struct {
	Endpoint string
	Method   string
	// Start is when the request was handed to the transport.
	Start time.Time
	// FirstByte is when the request's first byte was written to the endpoint's connection, on
	// the Submitter's clock (zero if nothing was written): the end of the sidecar's dead time
	// towards this endpoint. Over plain HTTP with the Submitter's own transport it is taken at
	// the socket write; over TLS or a caller-supplied Transport it falls back to httptrace's
	// WroteHeaders (headers handed to the transport's write buffer). It never waits for the
	// endpoint to read the body.
	FirstByte time.Time
	// Latency runs from Start to the last answer, or to abandonment at the budget; a retry
	// is included.
	Latency time.Duration
	// Attempts is how many requests were sent: 1, or 2 after a retry (0 when the deadline had
	// passed before the first).
	Attempts int
	// BundleHash is what the endpoint returned; zero when it returned none.
	BundleHash common.Hash
	// Outcome classifies Err (the last attempt's); OutcomeAccepted when Err is nil.
	Outcome Outcome
	Err     error
}

// New returns a Submitter for cfg.
func New(cfg Config, deps Deps) (*Submitter, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Identity == nil {
		return nil, ErrNilIdentity
	}
	m, err := newSubmitMetrics(deps.Registry)
	if err != nil {
		return nil, fmt.Errorf("register metrics: %w", err)
	}
	if cfg.MaxResponseBytes == 0 {
		cfg.MaxResponseBytes = defaultMaxResponseBytes
	}
	clk := deps.Clock
	if clk == nil {
		clk = clock.Real{}
	}
	cfg.Endpoints = append([]Endpoint(nil), cfg.Endpoints...)
	m.init(cfg.Endpoints)
	life, halt := context.WithCancelCause(context.Background())
	return &Submitter{
		life:     life,
		halt:     halt,
		drained:  make(chan struct{}),
		cfg:      cfg,
		identity: deps.Identity,
		client:   newHTTPClient(deps.Transport),
		clk:      clk,
		log:      deps.Log.With().Str("component", "relayapi").Logger(),
		metrics:  m,
		observe:  deps.Observe,
	}, nil
}

// Send starts b towards every endpoint with its configured method, one request each, and
// returns at once; Fanout.First waits for the first acceptance, Fanout.Wait for all. Each
// request is bounded by its endpoint's own budget, not by deadline and not by ctx, whose values
// alone it keeps: an endpoint still answering when the caller moves on finishes in the
// background, owned by the Submitter (see Stop). Deadline (zero: none) is the slot's: First
// stops waiting then, nothing (no retry either) is sent once it has passed, and the deadline
// metric counts whether each endpoint answered by it. Every request carries X-Timeout-Ms and
// Date-Milliseconds (see HeaderTimeoutMs); a failure of a retryable class is retried once
// within the budget (see Outcome.Retryable). The error is non-nil only when nothing was
// started: b is nil, ctx has already ended, or the Submitter is stopped (ErrStopped).
func (s *Submitter) Send(ctx context.Context, b *bundle.AtomicBundle, deadline time.Time) (*Fanout, error) {
	return s.send(ctx, b, deadline, false)
}

// Cancel starts eth_cancelBundle for replacementUUID towards every endpoint, with the same
// semantics as Send.
func (s *Submitter) Cancel(ctx context.Context, replacementUUID string, deadline time.Time) (*Fanout, error) {
	return s.cancel(ctx, replacementUUID, deadline, false)
}

// SendBundle sends b to every endpoint and waits for all of them, returning one Result per
// endpoint in configuration order. Unlike Send, each endpoint's budget is its timeout cut short
// by deadline (when not zero), and ctx ending abandons the requests still in flight. A slow
// endpoint delays no other's request. The error is non-nil only when nothing could be sent.
func (s *Submitter) SendBundle(ctx context.Context, b *bundle.AtomicBundle, deadline time.Time) ([]Result, error) {
	f, err := s.send(ctx, b, deadline, true)
	if err != nil {
		return nil, err
	}
	return f.all(ctx), nil
}

// CancelBundle sends eth_cancelBundle for replacementUUID to every endpoint and waits for all
// of them, with the same budgets as SendBundle.
func (s *Submitter) CancelBundle(ctx context.Context, replacementUUID string, deadline time.Time) ([]Result, error) {
	f, err := s.cancel(ctx, replacementUUID, deadline, true)
	if err != nil {
		return nil, err
	}
	return f.all(ctx), nil
}

func (s *Submitter) send(ctx context.Context, b *bundle.AtomicBundle, deadline time.Time, cut bool) (*Fanout, error) {
	bodyFor, err := s.sendBodies(b)
	if err == nil {
		var f *Fanout
		if f, err = s.start(ctx, kindSend, deadline, cut, bodyFor); err == nil {
			return f, nil
		}
	}
	return nil, fmt.Errorf("send bundle: %w", err)
}

func (s *Submitter) cancel(ctx context.Context, replacementUUID string, deadline time.Time, cut bool) (*Fanout, error) {
	bodyFor, err := s.cancelBody(replacementUUID)
	if err == nil {
		var f *Fanout
		if f, err = s.start(ctx, kindCancel, deadline, cut, bodyFor); err == nil {
			return f, nil
		}
	}
	return nil, fmt.Errorf("cancel bundle: %w", err)
}

// Stop refuses new fan-outs (ErrStopped), abandons every request still in flight (it finishes
// with OutcomeCanceled wrapping ErrStopped) and waits until every request goroutine has
// returned, or ctx ends. It may be called more than once.
func (s *Submitter) Stop(ctx context.Context) error {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	s.halt(ErrStopped)
	// The waiter ends with the last request, which the halt above has just cut short.
	s.drain.Do(func() { go func() { s.wg.Wait(); close(s.drained) }() })
	select {
	case <-s.drained:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop submitter: %w", ctx.Err())
	}
}

// sendBodies signs b once per method in use.
func (s *Submitter) sendBodies(b *bundle.AtomicBundle) (func(Endpoint) *signedBody, error) {
	if b == nil {
		return nil, errors.New("bundle is nil")
	}
	bodies := map[Method]*signedBody{}
	for _, ep := range s.cfg.Endpoints {
		if bodies[ep.Method] != nil {
			continue
		}
		params, err := ep.Method.Params(b)
		if err != nil {
			return nil, fmt.Errorf("send bundle: %w", err)
		}
		body, err := s.sign(string(ep.Method), params)
		if err != nil {
			return nil, err
		}
		bodies[ep.Method] = body
	}
	return func(ep Endpoint) *signedBody { return bodies[ep.Method] }, nil
}

func (s *Submitter) cancelBody(replacementUUID string) (func(Endpoint) *signedBody, error) {
	if replacementUUID == "" {
		return nil, errors.New("replacement uuid is empty")
	}
	body, err := s.sign(MethodEthCancelBundle, CancelBundleArgs{ReplacementUUID: replacementUUID})
	if err != nil {
		return nil, err
	}
	return func(Endpoint) *signedBody { return body }, nil
}

// signedBody is one request body and its X-Flashbots-Signature, built once for all endpoints
// of a method: the signature covers the exact bytes sent.
type signedBody struct {
	method string
	id     uint64
	body   []byte
	sig    string
}

func (s *Submitter) sign(method string, params any) (*signedBody, error) {
	id := s.nextID.Add(1)
	body, err := json.Marshal(Request[any]{JSONRPC: "2.0", ID: id, Method: method, Params: []any{params}})
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", method, err)
	}
	sig, err := fbsig.Sign(body, s.identity)
	if err != nil {
		return nil, err
	}
	return &signedBody{method: method, id: id, body: body, sig: sig}, nil
}

// Delivered counts the results whose endpoint accepted the request.
func Delivered(results []Result) int {
	n := 0
	for _, r := range results {
		if r.Err == nil {
			n++
		}
	}
	return n
}
