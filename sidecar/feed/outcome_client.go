package feed

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/urls"
)

// ErrOutcomeRefused is returned when the sequencer refuses a report (4xx);
// retrying the same report cannot help.
var ErrOutcomeRefused = errors.New("feed: sequencer refused the outcome")

// OutcomeClientConfig configures the sidecar's outcome reports.
type OutcomeClientConfig struct {
	// URL is the sequencer's base URL (PathOutcome is appended) or the full endpoint URL.
	URL string
	// Timeout bounds one attempt.
	Timeout time.Duration
	// Attempts is the most tries per report (network errors and 5xx are retried).
	Attempts int
	Backoff  clock.Backoff
	// Identity, the sidecar's [identity] key, signs every report (X-Flashbots-Signature over
	// the body, which carries the time). Nil sends unsigned reports, which a sequencer
	// refuses unless it accepts them from anyone.
	Identity *ecdsa.PrivateKey
}

// DefaultOutcomeClientConfig returns working defaults.
func DefaultOutcomeClientConfig(url string) OutcomeClientConfig {
	return OutcomeClientConfig{URL: url, Timeout: 2 * time.Second, Attempts: 5,
		Backoff: clock.Backoff{Min: 200 * time.Millisecond, Max: 5 * time.Second, Jitter: 0.2}}
}

// Check validates the configuration.
func (c OutcomeClientConfig) Check() error {
	var errs []error
	if err := urls.CheckHTTP("outcome url", c.URL); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrConfig, err))
	}
	if c.Timeout <= 0 {
		errs = append(errs, fmt.Errorf("%w: outcome timeout must be positive", ErrConfig))
	}
	if c.Attempts <= 0 {
		errs = append(errs, fmt.Errorf("%w: outcome attempts must be positive", ErrConfig))
	}
	if err := c.Backoff.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: outcome backoff: %w", ErrConfig, err))
	}
	return errors.Join(errs...)
}

// OutcomeClient POSTs slot outcomes to the sequencer.
type OutcomeClient struct {
	cfg  OutcomeClientConfig
	url  string
	clk  clock.Clock
	http *http.Client
}

// NewOutcomeClient returns an outcome client.
func NewOutcomeClient(cfg OutcomeClientConfig, clk clock.Clock) (*OutcomeClient, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if clk == nil {
		return nil, ErrNilClock
	}
	return &OutcomeClient{
		cfg: cfg, url: endpoint(cfg.URL, PathOutcome), clk: clk,
		http: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }},
	}, nil
}

// Report sends o, retrying network errors and 5xx answers with backoff up to
// Attempts times or until ctx ends. A 4xx answer returns ErrOutcomeRefused.
func (c *OutcomeClient) Report(ctx context.Context, o Outcome) error {
	if err := o.Check(); err != nil {
		return err
	}
	var last error
	for attempt := range c.cfg.Attempts {
		if attempt > 0 {
			if err := clock.Sleep(ctx, c.clk, c.cfg.Backoff.Delay(attempt-1, rand.Float64())); err != nil {
				return fmt.Errorf("feed: report outcome: %w (last error: %w)", err, last)
			}
		}
		// Signed afresh each attempt: a late retry must not arrive with a stale time.
		body, sig, err := c.encode(o)
		if err != nil {
			return err
		}
		retry, err := c.post(ctx, body, sig)
		if err == nil {
			return nil
		}
		if !retry {
			return err
		}
		last = err
	}
	return fmt.Errorf("feed: report outcome: %d attempts: %w", c.cfg.Attempts, last)
}

// encode returns the body and, with an identity, its signature header.
func (c *OutcomeClient) encode(o Outcome) ([]byte, string, error) {
	if c.cfg.Identity == nil {
		body, err := json.Marshal(o)
		if err != nil {
			return nil, "", fmt.Errorf("feed: encode outcome: %w", err)
		}
		return body, "", nil
	}
	body, err := EncodeReport(o, c.clk.Now())
	if err != nil {
		return nil, "", err
	}
	sig, err := fbsig.Sign(body, c.cfg.Identity)
	if err != nil {
		return nil, "", fmt.Errorf("feed: sign outcome: %w", err)
	}
	return body, sig, nil
}

func (c *OutcomeClient) post(ctx context.Context, body []byte, sig string) (retry bool, err error) {
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	if sig != "" {
		req.Header.Set(fbsig.Header, sig)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return true, err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return false, nil
	case resp.StatusCode >= 500:
		return true, fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(msg))
	default:
		return false, fmt.Errorf("%w: status %d: %s", ErrOutcomeRefused, resp.StatusCode, bytes.TrimSpace(msg))
	}
}
