package relayapi

import (
	"errors"
	"testing"
)

// A configured method is one of the submission methods; anything else is refused with the
// list an operator can choose from.
func TestParseMethod(t *testing.T) {
	for _, m := range Methods() {
		if got, err := ParseMethod(string(m)); err != nil || got != m {
			t.Errorf("ParseMethod(%q) = %q, %v", m, got, err)
		}
	}
	for _, bad := range []string{"", MethodEthCancelBundle, "eth_sendRawTransaction", "ETH_SENDBUNDLE"} {
		_, err := ParseMethod(bad)
		want := `unknown bundle method "` + bad + `" (want eth_sendBundle or mev_sendBundle)`
		if !errors.Is(err, ErrMethod) || err.Error() != want {
			t.Errorf("ParseMethod(%q) = %v, want %q", bad, err, want)
		}
	}
}
