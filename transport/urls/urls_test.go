package urls

import (
	"errors"
	"strings"
	"testing"
)

// Every refusal names the field, quotes the URL and says why, in one shape.
func TestCheckHTTP(t *testing.T) {
	tests := []struct {
		raw  string
		want string // "" means accepted
	}{
		{"http://127.0.0.1:18550", ""},
		{"https://relay.example/path?x=1", ""},
		{"HTTPS://relay.example", ""}, // schemes are case-insensitive
		{"", `url: invalid URL "": empty`},
		{"127.0.0.1:8545", `url: invalid URL "127.0.0.1:8545": first path segment in URL cannot contain colon`},
		{"relay.example", `url: invalid URL "relay.example": need scheme://host`},
		{"http://", `url: invalid URL "http://": need scheme://host`},
		{"http://[::1", `url: invalid URL "http://[::1": missing ']' in host`},
		{"ws://127.0.0.1:1/feed", `url: invalid URL "ws://127.0.0.1:1/feed": scheme "ws" (want http or https)`},
		{"ftp://x", `url: invalid URL "ftp://x": scheme "ftp" (want http or https)`},
	}
	for _, tt := range tests {
		err := CheckHTTP("url", tt.raw)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckHTTP(%q) = %v, want nil", tt.raw, err)
		case tt.want != "" && (!errors.Is(err, ErrURL) || err.Error() != tt.want):
			t.Errorf("CheckHTTP(%q) = %v, want %q", tt.raw, err, tt.want)
		}
	}
}

// Other schemes are the caller's to allow, and the refusal lists them.
func TestCheckSchemes(t *testing.T) {
	if err := Check("rpc_url", "ws://127.0.0.1:8546", "http", "https", "ws", "wss"); err != nil {
		t.Fatal(err)
	}
	want := `rpc_url: invalid URL "ipc://x": scheme "ipc" (want one of http, https, ws, wss)`
	if err := Check("rpc_url", "ipc://x", "http", "https", "ws", "wss"); err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
}

func TestRedactDropsCredentials(t *testing.T) {
	for raw, want := range map[string]string{
		"http://user:pass@beacon:5052/eth":         "http://beacon:5052/eth",
		"https://user@beacon?token=s3cret&x=1":     "https://beacon?token=redacted&x=redacted",
		"http://beacon:5052":                       "http://beacon:5052",
		"http://user:pass@beacon/%zz?token=s3cret": "<unparsable URL>",
	} {
		got := Redact(raw)
		if got != want {
			t.Errorf("Redact(%q) = %q, want %q", raw, got, want)
		}
		for _, secret := range []string{"user", "pass", "s3cret"} {
			if strings.Contains(got, secret) {
				t.Errorf("Redact(%q) = %q keeps %q", raw, got, secret)
			}
		}
	}
}

// A refused URL is quoted without the credentials operators put in it.
func TestCheckQuotesNoCredentials(t *testing.T) {
	for _, raw := range []string{
		"ftp://user:hunter2@relay.example/?apikey=hunter2",
		"//user:hunter2@relay.example",
		"http://user:hunter2@relay.example:port/",
	} {
		err := CheckHTTP("relays[0].url", raw)
		if err == nil || strings.Contains(err.Error(), "hunter2") || !strings.HasPrefix(err.Error(), "relays[0].url: ") {
			t.Errorf("CheckHTTP(%q) = %v; want an error naming the field without the secret", raw, err)
		}
	}
}
