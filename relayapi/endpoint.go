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
	// ReturnBuffer is kept back from the budget for the answer's way back: X-Timeout-Ms tells
	// the endpoint the budget left minus this. When zero, ReturnBufferBps of
	// Config.SlotDuration is used; both zero leave the endpoint the whole budget.
	ReturnBuffer time.Duration
	// ReturnBufferBps is the return buffer as basis points of the slot.
	ReturnBufferBps uint32
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
	return errors.Join(append(errs, e.checkReturnBuffer(slot))...)
}

// CheckReturnBufferBps is the rule for a return buffer given as a share of the slot next to a
// timeout given the same way: 0 (none) or less than timeoutBps, so that an endpoint is always
// left some time to act. The configuration's check applies it too.
func CheckReturnBufferBps(returnBufferBps, timeoutBps uint32) error {
	if returnBufferBps != 0 && returnBufferBps >= timeoutBps {
		return fmt.Errorf("%w: %d is not below timeout_bps %d", clock.ErrBps, returnBufferBps, timeoutBps)
	}
	return nil
}

// checkReturnBuffer requires a buffer shorter than the budget: by CheckReturnBufferBps when
// both are shares of the slot, else compared as durations.
func (e Endpoint) checkReturnBuffer(slot time.Duration) error {
	key := "return_buffer_bps"
	switch {
	case e.ReturnBuffer < 0:
		return fmt.Errorf("%w: return_buffer: must not be negative", ErrConfig)
	case e.ReturnBuffer > 0:
		key = "return_buffer"
	case e.Timeout == 0:
		if err := CheckReturnBufferBps(e.ReturnBufferBps, e.TimeoutBps); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrConfig, key, err)
		}
		return nil
	case e.ReturnBufferBps > clock.BpsDenominator:
		return fmt.Errorf("%w: %s: %d is over a slot (%d)", ErrConfig, key, e.ReturnBufferBps, clock.BpsDenominator)
	case e.ReturnBufferBps > 0 && slot <= 0:
		return fmt.Errorf("%w: %s: needs slot_duration", ErrConfig, key)
	}
	if buf, budget := e.returnBuffer(slot), e.budget(slot); buf > 0 && buf >= budget {
		return fmt.Errorf("%w: %s: the return buffer (%s) must be shorter than the timeout (%s)", ErrConfig, key, buf, budget)
	}
	return nil
}

// budget is the endpoint's own timeout.
func (e Endpoint) budget(slot time.Duration) time.Duration {
	if e.Timeout > 0 {
		return e.Timeout
	}
	return bpsOf(slot, e.TimeoutBps)
}

// returnBuffer is the part of the budget kept for the answer's way back.
func (e Endpoint) returnBuffer(slot time.Duration) time.Duration {
	if e.ReturnBuffer > 0 {
		return e.ReturnBuffer
	}
	return bpsOf(slot, e.ReturnBufferBps)
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
