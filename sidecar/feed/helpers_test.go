package feed

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/sse"
)

const (
	chainID   = 167001
	buildSlot = 5000
)

var (
	domain    = bundle.Domain{ChainID: 1, VerifyingContract: common.HexToAddress("0x00000000000000000000000000000000000b0b0b")}
	l1Parent  = common.HexToHash("0xfeed")
	genesis   = time.Unix(1_700_000_000, 0)
	slotClock = mustSlots()
	// sidecarKey is the sidecar identity the test servers allow.
	sidecarKey  = mustKey("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	sidecarAddr = crypto.PubkeyToAddress(sidecarKey.PublicKey)
)

func mustKey(hex string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(hex)
	if err != nil {
		panic(err)
	}
	return k
}

// outcomeClient reports with key (nil: unsigned) on clk.
func outcomeClient(t *testing.T, url string, clk clock.Clock, key *ecdsa.PrivateKey) *OutcomeClient {
	t.Helper()
	cfg := DefaultOutcomeClientConfig(url)
	cfg.Identity = key
	oc, err := NewOutcomeClient(cfg, clk)
	if err != nil {
		t.Fatal(err)
	}
	return oc
}

// postOutcome POSTs body signed by key (nil: unsigned) and returns the status and answer.
func postOutcome(t *testing.T, url string, body []byte, key *ecdsa.PrivateKey) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+PathOutcome, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if key != nil {
		sig, err := fbsig.Sign(body, key)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set(fbsig.Header, sig)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func mustSlots() *clock.SlotClock {
	s, err := clock.NewSlotClock(genesis, 12*time.Second)
	if err != nil {
		panic(err)
	}
	return s
}

// seq is a test sequencer: a key and the certified chain of blocks it released.
type seq struct {
	t   *testing.T
	key *ecdsa.PrivateKey
}

func newSeq(t *testing.T) *seq {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &seq{t: t, key: key}
}

func (s *seq) authority() bundle.Authority {
	return bundle.Authority{Sequencer: crypto.PubkeyToAddress(s.key.PublicKey)}
}

func blockHash(n uint64) common.Hash {
	var h common.Hash
	binary.BigEndian.PutUint64(h[24:], n)
	h[0] = 0xb1
	return h
}

// msg returns the slot-ending message for L2 block n of the canonical test
// chain (parent hash linked), for buildSlot on l1Parent.
func (s *seq) msg(n uint64, edit ...func(*bundle.SlotEnding)) *bundle.SignedSlotEnding {
	m := bundle.SlotEnding{
		L2ChainID: chainID, L2BlockNumber: n, L2BlockHash: blockHash(n), L2ParentHash: blockHash(n - 1),
		L2StateRoot: common.Hash{0x5e}, L1Slot: buildSlot, L1ParentHash: l1Parent, SeqIndex: 3, IsSlotEnding: true,
	}
	for _, e := range edit {
		e(&m)
	}
	return s.sign(m, domain)
}

func (s *seq) sign(m bundle.SlotEnding, d bundle.Domain) *bundle.SignedSlotEnding {
	cert, err := bundle.SignECDSA(&m, d, s.key)
	if err != nil {
		s.t.Fatal(err)
	}
	return &bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert}
}

// fakeHead is a fixed L1 view.
type fakeHead struct {
	mu      sync.Mutex
	slot    uint64
	parents []common.Hash
	err     error
}

func (h *fakeHead) BuildTarget() (uint64, []common.Hash, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.slot, h.parents, h.err
}

func newHead() *fakeHead { return &fakeHead{slot: buildSlot, parents: []common.Hash{l1Parent}} }

func validatorConfig(s *seq) ValidatorConfig {
	return ValidatorConfig{L2ChainID: chainID, Domain: domain, Authority: s.authority()}
}

type clientRig struct {
	c   *Client
	reg *prometheus.Registry
}

// startClient runs a client against url. With the real clock it reconnects
// at once (1 ms backoff) and never hits the silence timeout.
func startClient(t *testing.T, url string, s *seq, head Head, clk clock.Clock, edit ...func(*ClientConfig)) *clientRig {
	t.Helper()
	cfg := DefaultClientConfig(url, validatorConfig(s))
	cfg.Backoff = clock.Backoff{Min: time.Millisecond, Max: 2 * time.Millisecond}
	cfg.MaxEventBytes = 4 << 10
	for _, e := range edit {
		e(&cfg)
	}
	reg := prometheus.NewRegistry()
	c, err := NewClient(cfg, head, slotClock, clk, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return &clientRig{c: c, reg: reg}
}

func (r *clientRig) next(t *testing.T) Message {
	t.Helper()
	select {
	case m := <-r.c.Messages():
		return m
	case <-time.After(10 * time.Second): // a failure bound, not synchronisation
		t.Fatal("no message")
		return Message{}
	}
}

func (r *clientRig) rejected(reason string) float64 {
	return metricValue(r.c.m.rejected.WithLabelValues(reason))
}

// metricValue reads a counter or gauge.
func metricValue(c prometheus.Collector) float64 {
	ch := make(chan prometheus.Metric, 1)
	c.Collect(ch)
	var m dto.Metric
	if err := (<-ch).Write(&m); err != nil {
		panic(err)
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}

// frame encodes m as the server does.
func frame(t *testing.T, m *bundle.SignedSlotEnding) []byte {
	t.Helper()
	data, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return rawFrame(t, EventID(m.L2ChainID, m.L2BlockNumber), data)
}

func rawFrame(t *testing.T, id string, data []byte) []byte {
	t.Helper()
	b, err := sse.Encode(sse.Event{Type: EventSlotEnding, ID: id, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// scripted serves frames on the first stream request and then holds the
// stream open; later requests get the same script.
func scripted(t *testing.T, frames ...[]byte) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.WriteHeader(http.StatusOK)
		for _, f := range frames {
			_, _ = w.Write(f)
		}
		http.NewResponseController(w).Flush()
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	return srv
}

// withBatch attaches to m a batch from block 100 up to m's block, certified by signer after
// edit, as the sequencer's feed carries it.
func (s *seq) withBatch(m *bundle.SignedSlotEnding, signer *ecdsa.PrivateKey, edit func(*bundle.SignedBatch)) *bundle.SignedSlotEnding {
	data := []byte{bundle.BatchV1, 0xaa, 0xbb}
	b := &bundle.SignedBatch{Header: bundle.BatchHeader{
		L2ChainID: m.L2ChainID, ParentID: blockHash(99), FirstNumber: 100, LastNumber: m.L2BlockNumber,
		LastHash: m.L2BlockHash, LastStateRoot: m.L2StateRoot, L1Slot: buildSlot - 1, DataMode: bundle.DataCalldata,
		DataHash: crypto.Keccak256Hash(data)}, Data: data}
	if edit != nil {
		edit(b)
	}
	cert, err := bundle.SignBatch(&b.Header, domain, signer)
	if err != nil {
		s.t.Fatal(err)
	}
	b.Certificate = cert
	out := *m
	out.Batch = b
	return &out
}
