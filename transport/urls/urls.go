// Package urls checks the URLs an operator configures for the project's outbound clients
// (relays, builders, the sequencer, the beacon node, provers), so that every such check
// accepts the same URLs and refuses the others with one message shape:
//
//	<field>: invalid URL "<url>": <reason>
package urls

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// ErrURL is wrapped by every refusal.
var ErrURL = errors.New("invalid URL")

// Check requires raw to be an absolute URL with a host and one of schemes; field names the
// setting in the error.
func Check(field, raw string, schemes ...string) error {
	if raw == "" {
		return fmt.Errorf("%s: %w %q: empty", field, ErrURL, raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		// url.Error repeats the whole URL; keep its reason only. One %w, so that callers
		// that split joined errors see one error.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("%s: %w %q: %v", field, ErrURL, quote(raw), err)
	}
	if u.Scheme == "" || u.Host == "" {
		return fmt.Errorf("%s: %w %q: need scheme://host", field, ErrURL, quote(raw))
	}
	if !slices.Contains(schemes, u.Scheme) {
		return fmt.Errorf("%s: %w %q: scheme %q (want %s)", field, ErrURL, quote(raw), u.Scheme, choices(schemes))
	}
	return nil
}

func choices(schemes []string) string {
	if len(schemes) <= 2 {
		return strings.Join(schemes, " or ")
	}
	return "one of " + strings.Join(schemes, ", ")
}

// CheckHTTP is Check for an HTTP API: http or https.
func CheckHTTP(field, raw string) error { return Check(field, raw, "http", "https") }

// quote is raw as an error may show it (a config check's output ends up in logs): as written
// when it can hold no credentials, else redacted.
func quote(raw string) string {
	if !strings.ContainsAny(raw, "@?") {
		return raw
	}
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return Redact(raw)
	}
	return "<redacted>"
}

// Redact returns raw fit for a log: without its userinfo and with every query value replaced,
// since operators put credentials in both. A URL that does not parse is not logged at all.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<unparsable URL>"
	}
	u.User = nil
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			q[k] = []string{"redacted"}
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}
