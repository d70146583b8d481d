package relayapi

import (
	"errors"
	"fmt"
	"time"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/urls"
)

const defaultMaxResponseBytes = 1 << 20

// Endpoint is one builder or relay that receives every bundle.
type Endpoint struct {
	// Name identifies the endpoint in results, logs and metrics (the "endpoint" label).
	Name string
	// URL is the JSON-RPC URL (http or https) the request is POSTed to.
	URL string
	// Method is how the endpoint takes bundles (one of Methods()).
	Method Method
	// Timeout bounds one request. When zero, TimeoutBps of Config.SlotDuration is used.
	Timeout time.Duration
	// TimeoutBps bounds one request as basis points of the slot.
	TimeoutBps uint32
}

// Config configures a Submitter.
type Config struct {
	Endpoints []Endpoint
	// SlotDuration converts TimeoutBps into a duration; required when an endpoint uses it.
	SlotDuration time.Duration
	// MaxResponseBytes bounds what is read of one answer; 0 means 1 MiB.
	MaxResponseBytes int64
}

// Check validates the configuration; every problem is named and joined.
func (c Config) Check() error {
	var errs []error
	if len(c.Endpoints) == 0 {
		errs = append(errs, fmt.Errorf("%w: endpoints: at least one is required", ErrConfig))
	}
	if c.SlotDuration < 0 {
		errs = append(errs, fmt.Errorf("%w: slot_duration: must not be negative", ErrConfig))
	}
	if c.MaxResponseBytes < 0 {
		errs = append(errs, fmt.Errorf("%w: max_response_bytes: must not be negative", ErrConfig))
	}
	seen := map[string]int{}
	for i, e := range c.Endpoints {
		if err := e.check(c.SlotDuration); err != nil {
			errs = append(errs, fmt.Errorf("endpoints[%d]: %w", i, err))
		}
		if j, dup := seen[e.Name]; dup && e.Name != "" {
			errs = append(errs, fmt.Errorf("%w: endpoints[%d].name: %q already used by endpoints[%d]", ErrConfig, i, e.Name, j))
		}
		seen[e.Name] = i
	}
	return errors.Join(errs...)
}

func (e Endpoint) check(slot time.Duration) error {
	var errs []error
	if e.Name == "" {
		errs = append(errs, fmt.Errorf("%w: name: required", ErrConfig))
	}
	errs = append(errs, checkHTTPURL("url", e.URL))
	if err := e.Method.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: method: %w", ErrConfig, err))
	}
	switch {
	case e.Timeout < 0:
		errs = append(errs, fmt.Errorf("%w: timeout: must not be negative", ErrConfig))
	case e.Timeout == 0 && clock.CheckBps(e.TimeoutBps) != nil:
		errs = append(errs, fmt.Errorf("%w: timeout_bps (timeout is unset): %w", ErrConfig, clock.CheckBps(e.TimeoutBps)))
	case e.Timeout == 0 && slot <= 0:
		errs = append(errs, fmt.Errorf("%w: timeout_bps: needs slot_duration", ErrConfig))
	}
	return errors.Join(errs...)
}

// budget is the endpoint's own timeout.
func (e Endpoint) budget(slot time.Duration) time.Duration {
	if e.Timeout > 0 {
		return e.Timeout
	}
	return bpsOf(slot, e.TimeoutBps)
}

// bpsOf returns bps basis points of slot, rounded down to whole milliseconds like the
// consensus specs' deadlines (clock.SlotClock.Bps, without a genesis).
func bpsOf(slot time.Duration, bps uint32) time.Duration {
	ms := int64(slot / time.Millisecond)
	return time.Duration(int64(bps)*ms/clock.BpsDenominator) * time.Millisecond
}

// checkHTTPURL is the project's one URL check (transport/urls) as a config error.
func checkHTTPURL(field, raw string) error {
	if err := urls.CheckHTTP(field, raw); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return nil
}
