package searcherapi

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The digest store refuses a body until its time is over, refuses new ones when full rather
// than forgetting one early, and lets go of expired ones.
func TestSeenRemembersUntilExpiry(t *testing.T) {
	s := newSeen(2)
	now := time.Unix(testStart, 0)
	keep := time.Minute
	if e := s.add([]byte("a"), now, keep); e != nil {
		t.Fatal(e)
	}
	if e := s.add([]byte("a"), now.Add(keep-time.Second), keep); e == nil || e.label != reasonReplayed {
		t.Fatalf("repeat inside keep: %+v", e)
	}
	if e := s.add([]byte("b"), now, keep); e != nil {
		t.Fatal(e)
	}
	if e := s.add([]byte("c"), now, keep); e == nil || e.label != reasonSeenFull {
		t.Fatalf("third digest with room for two: %+v", e)
	}
	later := now.Add(keep)
	if e := s.add([]byte("a"), later, keep); e != nil {
		t.Fatalf("after expiry: %+v", e)
	}
	if len(s.until) != 1 || len(s.order) != 1 {
		t.Fatalf("%d digests, %d in order, want 1", len(s.until), len(s.order))
	}
	if s.observe([]byte("a"), later, keep) {
		t.Fatal("a read is not the state-changing body with the same bytes")
	}
	// reads take at most half the room: with 1 of 2 held, a read is not recorded.
	if s.observe([]byte("r"), later, keep) || s.observe([]byte("r"), later, keep) {
		t.Fatal("a read was recorded past half the room")
	}
	if e := s.add([]byte("b"), later, keep); e != nil {
		t.Fatalf("a write after reads: %+v", e)
	}
}

// The derived uuid is stable, per signer and bundle, and a valid version-8 UUID.
func TestDerivedUUID(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	h := common.Hash{3}
	u := derivedUUID(a, h)
	if u != derivedUUID(a, h) || u == derivedUUID(b, h) || u == derivedUUID(a, common.Hash{4}) {
		t.Fatal("derived uuid is not a function of signer and bundle hash alone")
	}
	if len(u) != 36 || u[8] != '-' || u[13] != '-' || u[14] != '8' || u[18] != '-' || u[23] != '-' || !strings.ContainsRune("89ab", rune(u[19])) {
		t.Fatalf("%q is not a version-8 UUID", u)
	}
}
