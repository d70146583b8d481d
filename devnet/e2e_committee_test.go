package devnet

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// committeeSlots is how many consecutive slots TestE2ECommitteeOneOffline follows with one
// member of four offline (issue 15 asks for 30; 10 keeps CI short, the count is all that
// changes).
const committeeSlots = 10

// uncertifiedSlots is how many slots TestE2ECommitteeTwoOffline follows with two of four
// offline: fewer than the ten silent slots after which based mode opens.
const uncertifiedSlots = 4

func withCommittee(c *Config) { c.Committee = 4 }

// TestE2ECommitteeOneOffline: with a committee of four certifying through the inbox's
// BLSCommittee and member 3 offline, three votes are a certificate: every slot's message and
// batch is certified by members 0..2, the sidecar verifies and carries them, and the slots land.
func TestE2ECommitteeOneOffline(t *testing.T) {
	d := startDevnet(t, withCommittee) // the default 2 s slots, as the happy path: no slot excused
	d.Committee.Offline(3)
	first := d.L1.LastSlot() + 3
	var problems []string
	for s := first; s < first+committeeSlots; s++ {
		f, _ := settledOrUnsent(t, d, s)
		if why := checkLanded(t, d, s, f); why != "" {
			problems = append(problems, fmt.Sprintf("slot %d: %s", s, why))
			continue
		}
		checkCommitteeCertified(t, s, f)
	}
	if len(problems) > 0 {
		t.Fatalf("%d of %d slots did not land with member 3 offline:\n%s", len(problems), committeeSlots, strings.Join(problems, "\n"))
	}
	t.Logf("%d of %d slots landed with member 3 offline", committeeSlots, committeeSlots)
	// The speculation stood in for the committee (every member signing) and the real
	// certificates, of three members, held.
	body := scrape(t, d)
	spec := func(result string) float64 {
		return metric(body, "sidecar_pipeline_speculation_total", `result="`+result+`"`)
	}
	t.Logf("speculation: %v hits, %v misses, %v not speculated", spec("hit"), spec("miss"), spec("none"))
	if spec("hit") == 0 {
		t.Fatalf("no slot reused its speculation under committee certificates")
	}
}

// checkCommitteeCertified: the slot's message (and its batch, if any) carries a committee
// certificate of members 0, 1 and 2, member 3 absent.
func checkCommitteeCertified(t *testing.T, slot uint64, f sequencer.SlotFacts) {
	t.Helper()
	certs := []bundle.Certificate{f.Message.Certificate}
	if f.Message.Batch != nil {
		certs = append(certs, f.Message.Batch.Certificate)
	}
	for _, c := range certs {
		if c.Kind != bundle.CertCommittee || len(c.Signers) != 1 || c.Signers[0] != 0b0111 {
			t.Fatalf("slot %d: certificate %s with signers %x, want a committee certificate of members 0..2", slot, c.Kind, c.Signers)
		}
	}
}

// TestE2ECommitteeTwoOffline: with two of four members offline no digest has two thirds of the
// votes, so no slot-ending message is certified: the sequencer skips each release with reason
// not_certified (ErrNotCertified, below threshold), the sidecar receives nothing, sends nothing
// and says so (no_slot_ending_message). Once a member is back the chain goes on.
func TestE2ECommitteeTwoOffline(t *testing.T) {
	d := startDevnet(t, withCommittee)
	last := d.L1.LastSlot() + 3
	if why := checkLanded(t, d, last, settled(t, d, last)); why != "" {
		t.Fatalf("slot %d with all members online: %s", last, why)
	}
	d.Committee.Offline(2)
	d.Committee.Offline(3)
	// The release for last+1 may have gone out before the members went offline.
	from := last + 2
	for s := from; s < from+uncertifiedSlots; s++ {
		waitSlot(t, d, s)
		f, ok := d.Seq.Slot(s)
		if !ok || f.Message != nil {
			t.Fatalf("slot %d: released %v with two of four members offline", s, ok && f.Message != nil)
		}
		if !strings.Contains(f.ReleaseErr, sequencer.ErrNotCertified.Error()) || !strings.Contains(f.ReleaseErr, bundle.ErrBelowThreshold.Error()) {
			t.Fatalf("slot %d: release error %q, want %q (%q)", s, f.ReleaseErr, sequencer.ErrNotCertified, bundle.ErrBelowThreshold)
		}
		if sent := d.Sidecar.SentFor(s); len(sent) != 0 {
			t.Fatalf("slot %d: the sidecar sent %d bundles without a certified message", s, len(sent))
		}
		if why, _ := d.Sidecar.SkipReason(s); why != bundle.SkipNoMessage {
			t.Fatalf("slot %d: sidecar skip reason %q, want %q", s, why, bundle.SkipNoMessage)
		}
		if f.Derived() {
			t.Fatalf("slot %d: a based block was derived without a certificate", s)
		}
	}
	t.Logf("slots %d..%d: not certified (%s)", from, from+uncertifiedSlots-1, sequencer.ErrNotCertified)
	d.Committee.Online(2)
	back := from + uncertifiedSlots + 1
	if why := checkLanded(t, d, back, settled(t, d, back)); why != "" {
		t.Fatalf("slot %d with three members online again: %s", back, why)
	}
}

// rotationSlots is how many slots TestE2ECommitteeRotation follows after the rotation.
const rotationSlots = 6

// TestE2ECommitteeRotation: the committee of four rotates to four new keys mid-run. The
// outgoing committee certifies the hand-over on L1 (proposeRotation), the delay (2 s here, a
// deployment parameter) passes, anyone activates it; the sequencer certifies with the new keys
// from the first L1 block that has the new epoch, and the sidecar, which read the new keys from
// the proposal event, follows the activation without a restart: the slots land across it.
func TestE2ECommitteeRotation(t *testing.T) {
	d := startDevnet(t, withCommittee, func(c *Config) { c.CommitteeRotationDelay = 2 * time.Second })
	ctx := t.Context()
	first := d.L1.LastSlot() + 2
	if why := checkLanded(t, d, first, settled(t, d, first)); why != "" {
		t.Fatalf("slot %d before the rotation: %s", first, why)
	}
	next, err := sequencer.DevCommitteeKeysFor(4, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Committee.Add(1, next); err != nil {
		t.Fatal(err)
	}
	addr, from := d.Manifest.Contracts.Committee, gethnode.TestKey(keyDeployer)
	digest, err := l1.RotationDigest(ctx, d.L1, addr, next)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := d.Committee.Certify(ctx, digest)
	if err != nil {
		t.Fatal(err)
	}
	arg, err := bindings.CommitteeCertificate(cert, d.Committee.Committee())
	if err != nil {
		t.Fatal(err)
	}
	activeAt, err := l1.ProposeRotation(ctx, d.L1, from, addr, next, arg)
	if err != nil {
		t.Fatal(err)
	}
	for d.L1.SlotTime(d.L1.LastSlot()) < activeAt { // activateRotation is estimated on the latest block
		waitSlot(t, d, d.L1.LastSlot()+1)
	}
	if err := l1.ActivateRotation(ctx, d.L1, from, addr); err != nil {
		t.Fatal(err)
	}
	last := d.L1.LastSlot() + rotationSlots
	settled(t, d, last)
	var problems []string
	epochs := map[uint64]int{}
	prev := uint64(0)
	for s := first; s <= last; s++ {
		f, _ := d.Seq.Slot(s)
		if why := checkLanded(t, d, s, f); why != "" {
			problems = append(problems, fmt.Sprintf("slot %d: %s", s, why))
			continue
		}
		e := f.Message.Certificate.Epoch
		if e < prev {
			t.Fatalf("slot %d certified by epoch %d after epoch %d", s, e, prev)
		}
		prev = e
		epochs[e]++
	}
	if len(problems) > 0 {
		t.Fatalf("%d of %d slots did not land across the rotation:\n%s", len(problems), last-first+1, strings.Join(problems, "\n"))
	}
	if epochs[0] == 0 || epochs[1] < rotationSlots-1 {
		t.Fatalf("slots by epoch %v, want both committees' slots landed", epochs)
	}
	t.Logf("slots %d..%d landed across the rotation: %d by epoch 0, %d by epoch 1", first, last, epochs[0], epochs[1])
}
