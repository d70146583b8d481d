package inclusion

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// events is an Observer that writes down what it is told.
type events []string

func (e *events) Sent(s *slots.Sent) { *e = append(*e, fmt.Sprintf("sent %d", s.Slot)) }
func (e *events) Skipped(slot uint64, reason string) {
	*e = append(*e, fmt.Sprintf("skipped %d %s", slot, reason))
}
func (e *events) Withdrawn(slot uint64) { *e = append(*e, fmt.Sprintf("withdrawn %d", slot)) }
func (e *events) Settled(o feed.Outcome) {
	*e = append(*e, fmt.Sprintf("settled %d %s", o.L1Slot, o.Kind))
}

// The observer hears every change of a slot's record: a send, a skip, a withdrawal when the
// head leaves the send's parent, and the settled outcome.
func TestObserverHearsEachChangeOfASlot(t *testing.T) {
	f := newFixture(t)
	var got events
	f.tr.d.Observer = &got
	f.tr.Skip(slot+1, bundle.SkipNoBundles)
	f.tr.Head(slot-1, slot, []common.Hash{{0xbb}}) // the head left the send's parent
	f.tr.Head(slot-1, slot, []common.Hash{f.parent.Hash()})
	f.tr.Record(f.sent)
	f.chain.put(100, slotTime, f.parent.Hash(), 1, confirmed)
	f.head(slot)
	want := events{fmt.Sprintf("skipped %d no_bundles", slot+1), fmt.Sprintf("withdrawn %d", slot), fmt.Sprintf("sent %d", slot), fmt.Sprintf("settled %d landed", slot)}
	if !slices.Equal(got, want) {
		t.Fatalf("observer told %q, want %q", got, want)
	}
}
