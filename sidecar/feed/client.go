package feed

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/urls"
)

// ClientConfig configures the sidecar's end of the feed.
type ClientConfig struct {
	// URL is the sequencer's base URL (the client appends PathStream) or the
	// full stream URL.
	URL       string
	Validator ValidatorConfig
	// Silence: a stream with no byte (keep-alives included) for this long is
	// dropped and reconnected.
	Silence time.Duration
	Backoff clock.Backoff
	// ConnectTimeout bounds dialing and waiting for the response headers.
	ConnectTimeout time.Duration
	MaxEventBytes  int
	// Buffer is the capacity of Messages; when the consumer falls behind the
	// oldest waiting message is dropped (a newer one supersedes it).
	Buffer int
	// Identity, the sidecar's [identity] key, signs every stream request (HeaderTimestamp
	// and X-Flashbots-Signature). Nil connects unsigned, which a sequencer refuses unless it
	// serves anonymous followers.
	Identity *ecdsa.PrivateKey
}

// DefaultMaxEventBytes bounds one event. A message carries its batch's payload as hex: the
// payload travels as calldata inside the atomic transaction, whose EIP-7825 gas cap at
// EIP-7623's floor of 40 gas a byte holds it under about 420 KB, so 2 MiB of hex is room enough.
const DefaultMaxEventBytes = 2 << 20

// DefaultClientConfig returns working defaults.
func DefaultClientConfig(url string, v ValidatorConfig) ClientConfig {
	return ClientConfig{
		URL: url, Validator: v, Silence: 30 * time.Second,
		Backoff:        clock.Backoff{Min: 250 * time.Millisecond, Max: 10 * time.Second, Jitter: 0.2},
		ConnectTimeout: 2 * time.Second, MaxEventBytes: DefaultMaxEventBytes, Buffer: 16,
	}
}

// Check validates the configuration.
func (c ClientConfig) Check() error {
	var errs []error
	add := func(ok bool, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...))
		}
	}
	if err := urls.CheckHTTP("url", c.URL); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrConfig, err))
	}
	v := c.Validator
	add(v.L2ChainID > 0, "l2 chain id must be set")
	add(v.Domain.ChainID > 0 && v.Domain.VerifyingContract != (common.Address{}), "domain needs the L1 chain id and the inbox address")
	add(v.Authorities != nil || v.Authority.Sequencer != (common.Address{}) || v.Authority.Committee != nil, "authority needs a sequencer address or a committee")
	add(c.Silence > 0, "silence must be positive")
	if err := c.Backoff.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: backoff: %w", ErrConfig, err))
	}
	add(c.ConnectTimeout > 0, "connect timeout must be positive")
	add(c.MaxEventBytes > 0, "max event bytes must be positive")
	add(c.Buffer > 0, "buffer must be positive")
	return errors.Join(errs...)
}

// Message is an accepted slot-ending message.
type Message struct {
	*bundle.SignedSlotEnding
	EventID string
	Arrived time.Time
	// MsIntoSlot is the arrival in milliseconds into the L1 slot then current.
	MsIntoSlot int64
}

// Client follows a sequencer's feed. Start it, read Messages, Stop it; Ready
// says whether a live stream is connected.
type Client struct {
	cfg     ClientConfig
	url     string
	slots   *clock.SlotClock
	clk     clock.Clock
	log     zerolog.Logger
	m       *clientMetrics
	http    *http.Client
	val     *validator
	out     chan Message
	logged  *recent[string] // rejections already logged
	lastID  string          // id of the last complete event received
	mu      sync.Mutex
	cancel  context.CancelFunc
	done    chan struct{}
	stream  streamState   // guarded by mu
	changed chan struct{} // guarded by mu; closed and replaced by setStream
}

// NewClient returns a feed client. head is usually the beacon tracker; slots
// comes from the beacon node's genesis and spec.
func NewClient(cfg ClientConfig, head Head, slots *clock.SlotClock, clk clock.Clock, log zerolog.Logger, reg *prometheus.Registry) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	switch {
	case head == nil:
		return nil, ErrNilHead
	case slots == nil:
		return nil, ErrNilSlots
	case clk == nil:
		return nil, ErrNilClock
	case reg == nil:
		return nil, ErrNilRegistry
	}
	m, err := newClientMetrics(reg)
	if err != nil {
		return nil, err
	}
	return &Client{
		cfg: cfg, url: endpoint(cfg.URL, PathStream), slots: slots, clk: clk,
		log: log.With().Str("component", "feed").Logger(), m: m,
		http: &http.Client{
			Transport: &http.Transport{
				DialContext:           (&net.Dialer{Timeout: cfg.ConnectTimeout}).DialContext,
				ResponseHeaderTimeout: cfg.ConnectTimeout,
			},
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		val:     newValidator(cfg.Validator, head),
		out:     make(chan Message, cfg.Buffer),
		logged:  newRecent[string](maxLogged),
		changed: make(chan struct{}),
	}, nil
}

// Messages delivers accepted messages in arrival order.
func (c *Client) Messages() <-chan Message { return c.out }

// Start connects in the background and keeps reconnecting until Stop.
func (c *Client) Start(context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cancel != nil {
		return errors.New("feed: client already started")
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel, c.done = cancel, make(chan struct{})
	go func() {
		defer close(c.done)
		c.run(ctx)
	}()
	return nil
}

// Stop ends the stream and waits for the client's goroutine.
func (c *Client) Stop(ctx context.Context) error {
	c.mu.Lock()
	cancel, done := c.cancel, c.done
	c.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
		c.http.CloseIdleConnections()
		return nil
	case <-ctx.Done():
		return fmt.Errorf("feed: stop: %w", ctx.Err())
	}
}

// run reconnects with capped exponential backoff and jitter; a connection
// that delivered anything resets the backoff.
func (c *Client) run(ctx context.Context) {
	attempt := 0
	for {
		progressed, cause, err := c.connectOnce(ctx)
		c.m.connected.Set(0)
		if ctx.Err() != nil {
			c.down(causeStopped, errStopped)
			return
		}
		c.down(cause, err)
		c.m.disconnects.WithLabelValues(cause).Inc()
		if progressed {
			attempt = 0
		}
		delay := c.cfg.Backoff.Delay(attempt, rand.Float64())
		attempt++
		c.log.Warn().Err(err).Str("cause", cause).Dur("retry_in", delay).Msg("slot-ending stream lost; reconnecting")
		if clock.Sleep(ctx, c.clk, delay) != nil {
			c.down(causeStopped, errStopped) // stopped while waiting to reconnect
			return
		}
	}
}
