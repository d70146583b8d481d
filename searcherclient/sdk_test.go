package searcherclient

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/test/interop"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// What the TypeScript SDK would send, checked the way the sidecar checks it: the header of the
// body and of the event path verify with fbsig.Verify, the bundle decodes strictly, every call's
// signature recovers to its account once bound to the sidecar, and the SDK's bundle hash is
// ComposableBundle.Hash.
func TestSDKRequestsVerifyInGo(t *testing.T) {
	client := interop.NeedSDK(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out := client.Run(t, ctx, "testdata/sign.mjs", "testdata/vectors.json")
	var got struct {
		Identity   common.Address `json:"identity"`
		BundleHash common.Hash    `json:"bundleHash"`
		Body       string         `json:"body"`
		Header     string         `json:"header"`
		Path       string         `json:"path"`
		PathHeader string         `json:"pathHeader"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("fixture output %q: %v", out, err)
	}
	if want := crypto.PubkeyToAddress(testKey("identity").PublicKey); got.Identity != want {
		t.Fatalf("SDK identity %s, want %s", got.Identity, want)
	}
	for _, r := range []struct{ header, payload string }{{got.Header, got.Body}, {got.PathHeader, got.Path}} {
		signer, err := fbsig.Verify(r.header, []byte(r.payload))
		if err != nil || signer != got.Identity {
			t.Fatalf("header %q of %q: signer %s, %v; want %s", r.header, r.payload, signer, err, got.Identity)
		}
	}
	if !strings.HasPrefix(got.Path, "/v1/bundles/0x") || !strings.Contains(got.Path, "/events?signedAt=") {
		t.Fatalf("event path %q", got.Path)
	}
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal([]byte(got.Body), &req); err != nil || req.Method != bundle.MethodSendBundle || len(req.Params) != 1 {
		t.Fatalf("body %s: %v", got.Body, err)
	}
	b, err := bundle.DecodeComposableBundle(req.Params[0])
	if err != nil {
		t.Fatalf("the sidecar's decoder refuses the SDK's bundle: %v", err)
	}
	if b.SignedAt == 0 || b.L2ChainID != referenceChains().L2 {
		t.Fatalf("signedAt %d, l2ChainId %d", b.SignedAt, b.L2ChainID)
	}
	b.BindCalls(referenceChains())
	if err := b.EachCall(func(field string, c *bundle.SignedCall) error {
		signer, err := c.Signer(field)
		if err == nil && signer != c.Account {
			t.Errorf("%s: signed by %s, want %s", field, signer, c.Account)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if h := b.Hash(); h != got.BundleHash {
		t.Fatalf("SDK bundle hash %s, Go %s", got.BundleHash, h)
	}
}
