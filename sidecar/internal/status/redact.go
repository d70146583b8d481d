package status

import (
	"net/url"
	"regexp"
	"unicode/utf8"
)

// MaxTextLen bounds a reason or readiness text on the page, in bytes.
const MaxTextLen = 300

// RedactURL keeps a URL's scheme and host: credentials hide in its user info, and tokens in
// its path and query (relay URLs carry both), so neither is shown.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(redacted)"
	}
	return u.Scheme + "://" + u.Host
}

// urlInText is anything that looks like a URL in an error's text.
var urlInText = regexp.MustCompile(`[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>]+`)

// RedactText redacts every URL in s (RedactURL) and cuts it to MaxTextLen bytes.
func RedactText(s string) string {
	s = urlInText.ReplaceAllStringFunc(s, RedactURL)
	if len(s) <= MaxTextLen {
		return s
	}
	cut := MaxTextLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
