// Package obs builds the sidecar's logger and serves its metrics and health
// endpoints.
package obs

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/rs/zerolog"
)

// ErrLogConfig is returned for an unknown level or format.
var ErrLogConfig = errors.New("invalid log config")

// Log formats.
const (
	FormatJSON    = "json"
	FormatConsole = "console"
)

// timeFormat keeps milliseconds: slot deadlines are fractions of a second.
const timeFormat = "2006-01-02T15:04:05.000Z07:00"

// LogConfig configures NewLogger.
type LogConfig struct {
	Level  string    // trace | debug | info | warn | error
	Format string    // json | console
	Writer io.Writer // where lines go (os.Stderr in cmd)
	// Now stamps each line; nil means time.Now.
	Now func() time.Time
}

// NewLogger returns a logger with a millisecond "time" field on every line.
func NewLogger(cfg LogConfig) (zerolog.Logger, error) {
	if cfg.Writer == nil {
		return zerolog.Nop(), fmt.Errorf("%w: nil writer", ErrLogConfig)
	}
	level, err := zerolog.ParseLevel(cfg.Level)
	if err != nil || cfg.Level == "" || level > zerolog.ErrorLevel {
		return zerolog.Nop(), fmt.Errorf("%w: level %q (want trace, debug, info, warn or error)", ErrLogConfig, cfg.Level)
	}
	w := cfg.Writer
	switch cfg.Format {
	case FormatJSON:
	case FormatConsole:
		w = zerolog.ConsoleWriter{Out: cfg.Writer, TimeFormat: "15:04:05.000", NoColor: true}
	default:
		return zerolog.Nop(), fmt.Errorf("%w: format %q (want json or console)", ErrLogConfig, cfg.Format)
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	stamp := zerolog.HookFunc(func(e *zerolog.Event, _ zerolog.Level, _ string) {
		e.Str(zerolog.TimestampFieldName, now().UTC().Format(timeFormat))
	})
	return zerolog.New(w).Level(level).Hook(stamp), nil
}
