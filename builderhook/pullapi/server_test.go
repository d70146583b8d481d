package pullapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/builderhook/jwtauth"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
)

var t0 = time.Unix(1_767_225_600, 0)

func TestAuthRefusesBadAndStaleTokens(t *testing.T) {
	clk := clock.NewVirtual(t0)
	r := newRig(t, clk, nil)
	h := r.srv.Handler()
	bundlesPath := BundlesPath(100, parentF)
	tests := []struct {
		name   string
		method string
		path   string
		auth   string
		want   int
	}{
		{"valid token, nothing to serve", http.MethodGet, bundlesPath, "Bearer " + jwtauth.Token(secret, t0), http.StatusNoContent},
		{"no token", http.MethodGet, bundlesPath, "", http.StatusUnauthorized},
		{"other secret", http.MethodGet, bundlesPath, "Bearer " + jwtauth.Token([32]byte{1}, t0), http.StatusUnauthorized},
		{"iat 61 s old", http.MethodGet, bundlesPath, "Bearer " + jwtauth.Token(secret, t0.Add(-61*time.Second)), http.StatusUnauthorized},
		{"iat 61 s ahead", http.MethodGet, bundlesPath, "Bearer " + jwtauth.Token(secret, t0.Add(61*time.Second)), http.StatusUnauthorized},
		{"stale on stream", http.MethodGet, PathStream, "Bearer " + jwtauth.Token(secret, t0.Add(-time.Hour)), http.StatusUnauthorized},
		{"stale on sealed", http.MethodPost, PathSealed, "Bearer " + jwtauth.Token(secret, t0.Add(-time.Hour)), http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, strings.NewReader("{}"))
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
		})
	}
}

func TestBundlesEndpoint(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	c := r.client(t, r.start(t, nil))
	ctx := context.Background()
	got, err := c.Bundles(ctx, 100, parentF)
	if err != nil || len(got) != 0 {
		t.Fatalf("empty store: %v, %v", got, err)
	}
	r.put(t, 100, parentF, ab(uuidA, 1))
	r.put(t, 100, parentF, ab(uuidB, 2))
	// Raw body: the eth_sendBundle shape, with replacementUuid.
	req, _ := http.NewRequest(http.MethodGet, r.srv.URL()+"/builder/v1/bundles/100/"+parentF.Hex(), nil)
	jwtauth.SetHeader(req.Header, secret, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var raw []json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil || resp.StatusCode != http.StatusOK || len(raw) != 2 {
		t.Fatalf("status %d, %d bundles, %v", resp.StatusCode, len(raw), err)
	}
	for i, want := range []bundle.AtomicBundle{ab(uuidA, 1), ab(uuidB, 2)} {
		b, err := bundle.DecodeAtomicBundle(raw[i])
		if err != nil {
			t.Fatalf("bundle %d is not eth_sendBundle params: %v", i, err)
		}
		if b.ReplacementUUID != want.ReplacementUUID || b.Hash() != want.Hash() || b.BlockNumber != 42 {
			t.Fatalf("bundle %d = %+v, want %+v", i, b, want)
		}
	}
}

// ePBS: a variant per candidate parent, each served for the parent hash asked for.
func TestServesVariantOfAskedParent(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	c := r.client(t, r.start(t, nil))
	r.put(t, 100, parentF, ab(uuidA, 0xf))
	r.put(t, 100, parentE, ab(uuidA, 0xe))
	for parent, want := range map[common.Hash]byte{parentF: 0xf, parentE: 0xe} {
		got, err := c.Bundles(context.Background(), 100, parent)
		if err != nil || len(got) != 1 || got[0].Txs[0][2] != want {
			t.Fatalf("parent %s: %+v %v", parent, got, err)
		}
	}
	if got, _ := c.Bundles(context.Background(), 100, common.Hash{1}); len(got) != 0 {
		t.Fatal("served a bundle for a parent it was not built on")
	}
}

func TestSealedReport(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	url := r.start(t, nil)
	c := r.client(t, url)
	want := SealedReport{Slot: 100, ParentHash: parentF, BlockHash: common.Hash{7}, BlockNumber: 42, Included: true,
		BundleHashes: []common.Hash{{8}}}
	if err := c.ReportSealed(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	if got := <-r.rec.got; got.BlockHash != want.BlockHash || !got.Included || got.Slot != 100 || len(got.BundleHashes) != 1 {
		t.Fatalf("recorded %+v", got)
	}
	for _, tc := range []struct{ body, field string }{
		{`{"slot":"0x64","parentHash":"` + parentF.Hex() + `","blockHash":"` + parentF.Hex() + `","blockNumber":"0x2a"}`, "included"},
		{`{"slot":"0x64","parentHash":"` + parentF.Hex() + `","blockHash":"` + parentF.Hex() + `","blockNumber":"0x2a","included":true,"extra":1}`, "extra"},
	} {
		req, _ := http.NewRequest(http.MethodPost, url+PathSealed, bytes.NewBufferString(tc.body))
		jwtauth.SetHeader(req.Header, secret, time.Now())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var msg struct{ Message string }
		_ = json.NewDecoder(resp.Body).Decode(&msg)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg.Message, tc.field) {
			t.Fatalf("status %d message %q, want 400 naming %s", resp.StatusCode, msg.Message, tc.field)
		}
	}
}

func TestClientReportsUnauthorized(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	url := r.start(t, nil)
	c, err := NewClient(ClientConfig{URL: url, Secret: [32]byte{9}, Timeout: time.Second,
		Reconnect: clock.Backoff{Min: time.Millisecond, Max: time.Millisecond}}, clock.Real{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Bundles(context.Background(), 1, parentF); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("Bundles with a wrong secret: %v", err)
	}
	if err := c.Stream(context.Background(), func(Event) error { return nil }); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("Stream with a wrong secret: %v", err)
	}
}
