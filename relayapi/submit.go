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
// use.
type Submitter struct {
	cfg      Config
	identity *ecdsa.PrivateKey
	client   *http.Client
	clk      clock.Clock
	log      zerolog.Logger
	metrics  *submitMetrics
	observe  func(Result)
	nextID   atomic.Uint64
}

// Result is one endpoint's answer to one request.
type Result struct {
	Endpoint string
	Method   string
	// Start is when the request was handed to the transport; Wrote when its last byte was
	// written (zero if it never was), for dead-time accounting.
	Start time.Time
	Wrote time.Time
	// Latency runs from Start to the answer, or to abandonment at the budget.
	Latency time.Duration
	// BundleHash is what the endpoint returned; zero when it returned none.
	BundleHash common.Hash
	Outcome    Outcome
	Err        error
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
	return &Submitter{
		cfg:      cfg,
		identity: deps.Identity,
		client:   newHTTPClient(deps.Transport),
		clk:      clk,
		log:      deps.Log.With().Str("component", "relayapi").Logger(),
		metrics:  m,
		observe:  deps.Observe,
	}, nil
}

// SendBundle sends b to every endpoint with its configured method and returns one Result per
// endpoint, in configuration order. Each endpoint gets its own budget: its timeout, cut short by
// deadline (when not zero) and by ctx. A slow endpoint is abandoned at its budget and delays no
// other. The error is non-nil only when nothing could be sent at all.
func (s *Submitter) SendBundle(ctx context.Context, b *bundle.AtomicBundle, deadline time.Time) ([]Result, error) {
	if b == nil {
		return nil, errors.New("send bundle: bundle is nil")
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
			return nil, fmt.Errorf("send bundle: %w", err)
		}
		bodies[ep.Method] = body
	}
	return s.fanOut(ctx, deadline, func(ep Endpoint) *signedBody { return bodies[ep.Method] }), nil
}

// CancelBundle sends eth_cancelBundle for replacementUUID to every endpoint, with the same
// budgets as SendBundle.
func (s *Submitter) CancelBundle(ctx context.Context, replacementUUID string, deadline time.Time) ([]Result, error) {
	if replacementUUID == "" {
		return nil, errors.New("cancel bundle: replacement uuid is empty")
	}
	body, err := s.sign(MethodEthCancelBundle, CancelBundleArgs{ReplacementUUID: replacementUUID})
	if err != nil {
		return nil, fmt.Errorf("cancel bundle: %w", err)
	}
	return s.fanOut(ctx, deadline, func(Endpoint) *signedBody { return body }), nil
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

// fanOut runs one request per endpoint in parallel and waits for all of them; each one ends by
// its own budget, so the wait is bounded by the longest budget.
func (s *Submitter) fanOut(ctx context.Context, deadline time.Time, bodyFor func(Endpoint) *signedBody) []Result {
	results := make([]Result, len(s.cfg.Endpoints))
	var wg sync.WaitGroup
	for i, ep := range s.cfg.Endpoints {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = s.call(ctx, ep, bodyFor(ep), deadline)
		}()
	}
	wg.Wait()
	return results
}

func (s *Submitter) call(ctx context.Context, ep Endpoint, sb *signedBody, deadline time.Time) Result {
	res := Result{Endpoint: ep.Name, Method: sb.method, Start: s.clk.Now()}
	budget := ep.budget(s.cfg.SlotDuration)
	if !deadline.IsZero() {
		budget = min(budget, deadline.Sub(res.Start))
	}
	if budget <= 0 {
		res.Err = fmt.Errorf("%w: deadline passed before sending", ErrTimeout)
	} else {
		ctx, cancel := context.WithCancelCause(ctx)
		timer := s.clk.AfterFunc(budget, func() { cancel(errBudget) })
		var raw json.RawMessage
		raw, res.Wrote, res.Err = s.post(ctx, ep.URL, sb)
		timer.Stop()
		cancel(nil)
		if res.Err == nil && sb.method != MethodEthCancelBundle {
			var r SendBundleResult
			r, res.Err = DecodeSendBundleResult(raw)
			res.BundleHash = r.BundleHash
		}
	}
	res.Latency = s.clk.Now().Sub(res.Start)
	res.Outcome = OutcomeOf(res.Err)
	s.metrics.observe(ep.Name, sb.method, res.Latency, res.Outcome)
	s.logResult(res)
	if s.observe != nil {
		s.observe(res)
	}
	return res
}

func (s *Submitter) logResult(r Result) {
	ev := s.log.Debug()
	if r.Err != nil {
		ev = s.log.Warn().Err(r.Err)
	}
	ev.Str("endpoint", r.Endpoint).Str("method", r.Method).Str("outcome", string(r.Outcome)).
		Dur("elapsed", r.Latency).Msg("bundle request")
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
