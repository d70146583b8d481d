package config

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/urls"
)

// Sentinel errors; every failure wraps one of them so callers can test the reason.
var (
	ErrUnknownKey  = errors.New("unknown key")
	ErrRequired    = errors.New("required")
	ErrNotPositive = errors.New("must be > 0")
	ErrURL         = urls.ErrURL  // one URL check for the config and every client
	ErrBps         = clock.ErrBps // one rule for every share of the slot
	ErrAddress     = errors.New("invalid address")
	ErrEnum        = errors.New("invalid value")
	ErrListen      = errors.New("invalid listen address")
	ErrSecret      = errors.New("secret")
	ErrRange       = errors.New("out of range")
	ErrOverride    = errors.New("invalid override")
	ErrUnsupported = errors.New("unsupported") // valid, but this build cannot run it
)

// problems collects the field errors of one section.
type problems []error

func (p *problems) add(key string, err error) {
	if err != nil {
		*p = append(*p, fmt.Errorf("%s: %w", key, err))
	}
}

func (p problems) join() error { return errors.Join(p...) }

func positiveDuration(d time.Duration) error {
	if d <= 0 {
		return fmt.Errorf("%w (got %s)", ErrNotPositive, d)
	}
	return nil
}

func positive[T int | int64 | uint32 | uint64 | float64](v T) error {
	if v <= 0 {
		return fmt.Errorf("%w (got %v)", ErrNotPositive, v)
	}
	return nil
}

func oneOf(v string, allowed ...string) error {
	if !slices.Contains(allowed, v) {
		return fmt.Errorf("%w %q (want one of %s)", ErrEnum, v, strings.Join(allowed, ", "))
	}
	return nil
}

// httpURL checks an HTTP API's URL with the check its client makes (transport/urls); an
// empty one is missing rather than malformed.
func (p *problems) httpURL(key, raw string) {
	if raw == "" {
		p.add(key, ErrRequired)
	} else if err := urls.CheckHTTP(key, raw); err != nil {
		*p = append(*p, err)
	}
}

// rpcURL checks an execution client's URL: the JSON-RPC client also speaks WebSocket.
func (p *problems) rpcURL(key, raw string) {
	if raw == "" {
		p.add(key, ErrRequired)
	} else if err := urls.Check(key, raw, "http", "https", "ws", "wss"); err != nil {
		*p = append(*p, err)
	}
}

// checkListen requires host:port with a numeric port (0 picks a free port).
func checkListen(addr string) error {
	if addr == "" {
		return ErrRequired
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%w %q: %w", ErrListen, addr, err)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("%w %q: port must be a number in 0..65535", ErrListen, addr)
	}
	return nil
}

// checkAddress requires a 0x-prefixed 20-byte hex address that is not zero.
func checkAddress(raw string) error {
	if raw == "" {
		return ErrRequired
	}
	if !strings.HasPrefix(raw, "0x") && !strings.HasPrefix(raw, "0X") {
		return fmt.Errorf("%w %q: want 0x followed by 40 hex digits", ErrAddress, raw)
	}
	if !common.IsHexAddress(raw) {
		return fmt.Errorf("%w %q: want 0x followed by 40 hex digits", ErrAddress, raw)
	}
	if common.HexToAddress(raw) == (common.Address{}) {
		return fmt.Errorf("%w %q: zero address", ErrAddress, raw)
	}
	return nil
}

// errorf wraps a sentinel with a formatted reason.
func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}
