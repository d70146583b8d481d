package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/searcherclient"
)

// With Config.FloodRate the devnet floods the sidecar's searcher API during the run, as a
// crowd of searchers with nothing to lose would: FloodIdentities fresh identities (new keys
// each run, holding no funds), each on its own loopback source address (127.0.1.x, as many
// machines would be) and its own keep-alive connection, send signed based_sendBundle requests
// for the slot being built at FloodRate requests per second in all. Each bundle is one L2
// transfer from the identity's own empty account: valid to the API, failing in the simulation
// (the sender cannot pay), so none needs to land and none takes a slot from the demo searcher.
// The API's limits refuse what is over an identity's share (fresh identities may pool
// fresh_bundles_per_slot bundles per slot); the counts say how many of each were refused.

// FloodIdentities is how many searcher identities the flood sends from.
const FloodIdentities = 64

// floodTimeout bounds one flood request; the API answers far sooner unless it is saturated.
const floodTimeout = 5 * time.Second

// FloodCounts is what the flood sent and how the API answered.
type FloodCounts struct {
	Sent, Accepted int
	Refused        map[string]int // by the API's reason code
	Errors         int            // no JSON-RPC answer (transport errors, timeouts)
	Start, End     time.Time      // of the flood
}

// Rate is the accepted bundles per second over the flood's run.
func (c FloodCounts) Rate(n int) float64 {
	if d := c.End.Sub(c.Start).Seconds(); d > 0 {
		return float64(n) / d
	}
	return 0
}

// Print writes the counts in one line per kind of answer.
func (c FloodCounts) Print(w io.Writer) {
	refused := 0
	for _, n := range c.Refused {
		refused += n
	}
	fmt.Fprintf(w, "searcher API flood (%d identities, %.0f requests/s sent over %.0f s): %d accepted (%.1f/s), %d refused, %d errors\n",
		FloodIdentities, c.Rate(c.Sent), c.End.Sub(c.Start).Seconds(), c.Accepted, c.Rate(c.Accepted), refused, c.Errors)
	for _, reason := range slices.Sorted(maps.Keys(c.Refused)) {
		fmt.Fprintf(w, "  refused %s: %d\n", reason, c.Refused[reason])
	}
}

// flood is the running flood; its goroutines end with its context (Devnet.Stop).
type flood struct {
	rate   float64
	l2     *big.Int
	signer types.Signer
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.Mutex
	counts FloodCounts
}

// startFlood starts the flood against the sidecar's searcher API with Config.FloodRate.
func (d *Devnet) startFlood(_ context.Context) error {
	if d.cfg.FloodRate <= 0 {
		return nil
	}
	url := d.Sidecar.Searcher.URL() // Check allows the flood only with the in-process sidecar
	l2 := big.NewInt(L2ChainID)
	f := &flood{rate: d.cfg.FloodRate, l2: l2, signer: types.LatestSignerForChainID(l2), counts: FloodCounts{Refused: map[string]int{}, Start: time.Now()}}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	every := time.Duration(float64(time.Second) * FloodIdentities / f.rate)
	for i := range FloodIdentities {
		key, err := crypto.GenerateKey()
		if err != nil {
			cancel()
			return err
		}
		c, err := searcherclient.New(searcherclient.Config{URL: url, Identity: key, L1ChainID: d.L1.ChainID(), L2ChainID: L2ChainID,
			Inbox: d.Manifest.Contracts.Inbox, Submitter: gethnode.TestAddress(keySidecar), HTTP: floodHTTP(i)})
		if err != nil {
			cancel()
			return err
		}
		phase := time.Duration(i) * every / FloodIdentities // spread the identities' sends over the interval
		f.wg.Go(func() { f.identity(ctx, c, key, every, phase) })
	}
	d.flood = f
	return nil
}

// floodHTTP is identity i's client: its own source address and keep-alive connection.
func floodHTTP(i int) *http.Client {
	dialer := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 1, byte(1+i%250))}, Timeout: time.Second}
	return &http.Client{Timeout: floodTimeout, Transport: &http.Transport{DialContext: dialer.DialContext, MaxIdleConnsPerHost: 1, IdleConnTimeout: time.Minute}}
}

// identity sends one bundle every interval, starting after phase, until ctx ends.
func (f *flood) identity(ctx context.Context, c *searcherclient.Client, key *ecdsa.PrivateKey, every, phase time.Duration) {
	t := time.NewTimer(phase)
	defer t.Stop()
	next := time.Now().Add(phase)
	for nonce := uint64(0); ; nonce++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		f.send(ctx, c, key, nonce)
		next = next.Add(every)
		if wait := time.Until(next); wait > 0 {
			t.Reset(wait)
		} else { // behind: send at once, and keep the rate from here rather than catch up
			next = time.Now()
			t.Reset(0)
		}
	}
}

// send sends one bundle of a transfer from key's empty account and counts the answer.
func (f *flood) send(ctx context.Context, c *searcherclient.Client, key *ecdsa.PrivateKey, nonce uint64) {
	to := common.Address{0xf1, 0x00, 0xd}
	tx, err := types.SignNewTx(key, f.signer, &types.DynamicFeeTx{ChainID: f.l2, Nonce: nonce, Gas: 21_000,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei), To: &to, Value: big.NewInt(1)})
	if err != nil {
		return
	}
	raw, _ := tx.MarshalBinary()
	_, err = c.SendBundle(ctx, &bundle.ComposableBundle{L2Txs: [][]byte{raw}})
	if ctx.Err() != nil {
		return // stopped mid-request: not an answer
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.counts.Sent++
	if err == nil {
		f.counts.Accepted++
	} else if e, ok := searcherclient.AsError(err); ok && e.Reason != "" {
		f.counts.Refused[e.Reason]++
	} else if ok && e.Code != 0 {
		f.counts.Refused[fmt.Sprintf("code %d", e.Code)]++
	} else {
		f.counts.Errors++
	}
}

// stop ends the flood and waits for its identities.
func (f *flood) stop() {
	f.cancel()
	f.wg.Wait()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.counts.End = time.Now()
}

// FloodCounts returns the flood's counts so far (End is the time of the call until it stops);
// ok is false without a flood.
func (d *Devnet) FloodCounts() (FloodCounts, bool) {
	if d.flood == nil {
		return FloodCounts{}, false
	}
	d.flood.mu.Lock()
	defer d.flood.mu.Unlock()
	c := d.flood.counts
	c.Refused = maps.Clone(c.Refused)
	if c.End.IsZero() {
		c.End = time.Now()
	}
	return c, true
}
