package searcherclient_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/searcherclient"
	"github.com/syncboost/syncboost/test/interop"
)

// next is the next event, failing t if the stream closes or none comes in time.
func next(t *testing.T, events <-chan searcherclient.Event) searcherclient.StatusEvent {
	t.Helper()
	select {
	case ev, ok := <-events:
		if !ok {
			t.Fatal("event stream closed")
		}
		if ev.Err != nil {
			t.Fatal(ev.Err)
		}
		return ev.StatusEvent
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10s")
	}
	return searcherclient.StatusEvent{}
}

func closed(t *testing.T, events <-chan searcherclient.Event) {
	t.Helper()
	select {
	case ev, ok := <-events:
		if ok {
			t.Fatalf("event %+v after the end", ev)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("event stream not closed within 10s")
	}
}

func TestConfigCheckNamesEveryField(t *testing.T) {
	_, err := searcherclient.New(searcherclient.Config{URL: "127.0.0.1:18645", L2ChainID: 0})
	if !errors.Is(err, searcherclient.ErrConfig) {
		t.Fatalf("New: %v, want ErrConfig", err)
	}
	for _, f := range []string{"URL: ", "Identity: ", "L1ChainID: ", "L2ChainID: ", "Inbox: ", "Submitter: "} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not name %s", err, f)
		}
	}
}

// Send, status, watch and cancel against the sidecar's own searcher API.
func TestSendStatusWatchCancel(t *testing.T) {
	s := startSidecar(t)
	ctx := ctxT(t)
	c := s.client(t, "alice")
	b := s.l2Bundle(t, key(t, "l2 alice"), 5, 0)
	r, err := c.SendBundle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if r.BundleHash != b.Hash() || r.ReplacementUUID == "" || b.SignedAt != 0 {
		t.Fatalf("sent %+v, want hash %s and a uuid; the caller's bundle stamped %d", r, b.Hash(), b.SignedAt)
	}
	st, err := c.Status(ctx, r.BundleHash)
	if err != nil || st.Status != bundle.StatusReceived || st.L1Slot != 5 || st.ReplacementUUID != r.ReplacementUUID {
		t.Fatalf("status %+v, %v", st, err)
	}
	events, err := c.Watch(ctx, r.BundleHash)
	if err != nil {
		t.Fatal(err)
	}
	if ev := next(t, events); ev.Status != bundle.StatusReceived {
		t.Fatalf("first event %+v, want received", ev)
	}
	cr, err := c.CancelBundle(ctx, r.ReplacementUUID, 0)
	if err != nil || cr.Status != bundle.StatusCancelled || cr.BundleHash != r.BundleHash {
		t.Fatalf("cancel %+v, %v", cr, err)
	}
	if ev := next(t, events); ev.Status != bundle.StatusCancelled {
		t.Fatalf("event %+v, want cancelled", ev)
	}
	closed(t, events)
}

// The stream follows the bundle through the pipeline's statuses and closes after the final one.
func TestWatchToAFinalStatus(t *testing.T) {
	s := startSidecar(t)
	ctx := ctxT(t)
	c := s.client(t, "bob")
	r, err := c.SendBundle(ctx, s.l2Bundle(t, key(t, "l2 bob"), 7, 0))
	if err != nil {
		t.Fatal(err)
	}
	events, err := c.Watch(ctx, r.BundleHash)
	if err != nil {
		t.Fatal(err)
	}
	next(t, events) // received
	for _, st := range []bundle.Status{bundle.StatusSimulated, bundle.StatusSubmitted, bundle.StatusLanded} {
		change := bundle.StatusChange{Status: st, At: time.Now()}
		if st == bundle.StatusLanded {
			change.L1BlockNumber = 77
		}
		if _, err := s.app.Pool.SetStatus(ctx, r.BundleHash, change); err != nil {
			t.Fatal(err)
		}
		if ev := next(t, events); ev.Status != st {
			t.Fatalf("event %+v, want %s", ev, st)
		}
	}
	closed(t, events)
	st, err := c.Status(ctx, r.BundleHash)
	if err != nil || st.L1BlockNumber == nil || *st.L1BlockNumber != 77 || len(st.History) != 4 {
		t.Fatalf("status %+v, %v", st, err)
	}
}

// The channel closes when the caller's context ends, though the bundle is still live.
func TestWatchEndsWithTheContext(t *testing.T) {
	s := startSidecar(t)
	c := s.client(t, "carol")
	r, err := c.SendBundle(ctxT(t), s.l2Bundle(t, key(t, "l2 carol"), 8, 0))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	events, err := c.Watch(ctx, r.BundleHash)
	if err != nil {
		t.Fatal(err)
	}
	next(t, events)
	cancel()
	closed(t, events)
}

// Signed calls bound by the client to the sidecar's chain, inbox, submitter and slot verify in
// the sidecar; bound to another submitter they do not, and the refusal names the call.
func TestSignedCallsBindToTheSidecar(t *testing.T) {
	s := startSidecar(t)
	ctx := ctxT(t)
	accountKey := key(t, "account")
	account := crypto.PubkeyToAddress(accountKey.PublicKey)
	c := s.client(t, "dave")
	b := withCalls(s.l2Bundle(t, accountKey, 9, 0), account)
	if err := c.SignCalls(b, accountKey); err != nil {
		t.Fatal(err)
	}
	r, err := c.SendBundle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if r.BundleHash != b.Hash() {
		t.Fatalf("hash %s, want %s", r.BundleHash, b.Hash())
	}

	other := s.client(t, "dave", func(cfg *searcherclient.Config) { cfg.Submitter = common.Address{0x99} })
	b = withCalls(s.l2Bundle(t, accountKey, 10, 0), account)
	if err := other.SignCalls(b, accountKey); err != nil {
		t.Fatal(err)
	}
	_, err = other.SendBundle(ctx, b)
	wantErr(t, err, searcherclient.CodeInvalidParams, "bad_call_signature", "preCalls[0].signature")

	b = withCalls(s.l2Bundle(t, accountKey, 0, 0), account)
	err = c.SignCalls(b, accountKey)
	wantErr(t, err, searcherclient.CodeInvalidParams, "missing", "l1Slot")
	if err := c.SignCalls(withCalls(s.l2Bundle(t, accountKey, 11, 0), account)); err == nil || !strings.Contains(err.Error(), "preCalls[0].account") {
		t.Fatalf("SignCalls without the account's key: %v", err)
	}
}

// Refusals come back as *Error with the API's code, reason and field, through wrapping.
func TestTypedErrors(t *testing.T) {
	s := startSidecar(t)
	ctx := ctxT(t)
	c := s.client(t, "erin")
	_, err := c.SendBundle(ctx, s.l2Bundle(t, key(t, "l2 erin"), 1000, 0))
	wantErr(t, err, searcherclient.CodeInvalidParams, "slot_too_far", "l1Slot")
	if !errors.Is(err, &searcherclient.Error{Reason: "slot_too_far"}) || errors.Is(err, &searcherclient.Error{Reason: "slot_passed"}) {
		t.Fatalf("errors.Is by reason: %v", err)
	}

	r, err := c.SendBundle(ctx, s.l2Bundle(t, key(t, "l2 erin"), 12, 0))
	if err != nil {
		t.Fatal(err)
	}
	stranger := s.client(t, "frank")
	_, err = stranger.Status(ctx, r.BundleHash)
	wantErr(t, err, searcherclient.CodeNotFound, "not_found", "bundleHash")
	_, err = stranger.Watch(ctx, r.BundleHash)
	if e := wantErr(t, err, searcherclient.CodeNotFound, "not_found", "bundleHash"); e.HTTPStatus != 404 {
		t.Fatalf("watch refused with HTTP %d, want 404", e.HTTPStatus)
	}
	_, err = stranger.CancelBundle(ctx, r.ReplacementUUID, 0)
	wantErr(t, err, searcherclient.CodeNotFound, "not_found", "replacementUuid")

	// No slot loop runs here, so there is no slot-ending message to simulate on.
	_, err = c.CallBundle(ctx, s.l2Bundle(t, key(t, "l2 erin"), 13, 0))
	if e, ok := searcherclient.AsError(err); !ok || e.Code != searcherclient.CodeNotAvailable {
		t.Fatalf("callBundle without a slot-ending message: %v, want code %d", err, searcherclient.CodeNotAvailable)
	}
}

// The TypeScript SDK against the sidecar's own searcher API (sdk/ts/testdata/flow.mjs): what
// it sent is pooled under its identity, its signed calls verified in the sidecar, and its
// watch saw the cancel.
func TestSDKAgainstTheSidecar(t *testing.T) {
	node := interop.NeedSDK(t)
	s := startSidecar(t)
	ctx := ctxT(t)
	arg, _ := json.Marshal(map[string]any{"url": s.url, "l1ChainId": s.chains.L1, "l2ChainId": s.chains.L2,
		"inbox": s.chains.Inbox, "submitter": s.chains.Submitter, "slot": 20})
	out := node.Run(t, ctx, "testdata/flow.mjs", string(arg))
	var got struct {
		Identity        common.Address `json:"identity"`
		BundleHash      common.Hash    `json:"bundleHash"`
		CallsBundleHash common.Hash    `json:"callsBundleHash"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("fixture output %q: %v", out, err)
	}
	for hash, want := range map[common.Hash]bundle.Status{got.BundleHash: bundle.StatusCancelled, got.CallsBundleHash: bundle.StatusReceived} {
		e, err := s.app.Pool.Get(ctx, hash)
		if err != nil || e.Identity != got.Identity || e.Status().Status != want {
			t.Fatalf("bundle %s: %v; want %s under %s", hash, err, want, got.Identity)
		}
	}
}
