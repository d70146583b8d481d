package beacon

import (
	"errors"
	"testing"
)

func TestScrubDropsURLUserinfo(t *testing.T) {
	for in, want := range map[string]string{
		"failed to call GET endpoint\nGet \"http://operator:***@127.0.0.1:1/eth/v1/x\": context canceled": "failed to call GET endpoint\nGet \"http://127.0.0.1:1/eth/v1/x\": context canceled",
		`Get "https://operator:xxxxx@bn.example/eth": EOF`:                                                `Get "https://bn.example/eth": EOF`,
		`Get "https://token@bn.example/eth": EOF`:                                                         `Get "https://bn.example/eth": EOF`,
		"status 404 for a@b mail":                                                                         "status 404 for a@b mail",
	} {
		if got := scrub(errors.New(in)).Error(); got != want {
			t.Errorf("scrub(%q) = %q, want %q", in, got, want)
		}
	}
	if scrub(nil) != nil {
		t.Error("scrub(nil) is not nil")
	}
}
