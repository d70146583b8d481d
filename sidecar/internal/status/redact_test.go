package status

import (
	"strings"
	"testing"
)

func TestRedactURLKeepsSchemeAndHostOnly(t *testing.T) {
	for raw, want := range map[string]string{
		"https://alice:pw@relay.example:8443/key/abc?token=x#f": "https://relay.example:8443",
		"http://10.0.0.2:8545": "http://10.0.0.2:8545",
		"not a url":            "(redacted)",
		"://nohost":            "(redacted)",
	} {
		if got := RedactURL(raw); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", raw, got, want)
		}
	}
}

// Whatever text reaches the page, every URL left in it is a bare scheme and host (no user
// info, path or query), and the text is bounded.
func FuzzRedactText(f *testing.F) {
	f.Add(`Post "https://alice:pw@relay.example/key/abc?token=x": refused`)
	f.Add("wss://u:p@seq/feed a://b://c@d/e?f " + strings.Repeat("é", 200))
	f.Fuzz(func(t *testing.T, s string) {
		out := RedactText(s)
		if len(out) > MaxTextLen+len("…") {
			t.Fatalf("%d bytes, over the bound", len(out))
		}
		for _, u := range urlInText.FindAllString(out, -1) {
			rest := u[strings.Index(u, "://")+3:]
			if strings.ContainsAny(rest, "@/?#") {
				t.Fatalf("URL %q survives in %q", u, out)
			}
		}
	})
}
