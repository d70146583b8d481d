// Package devnet runs the whole system in one process on loopback: an L1 go-ethereum node with
// a devnet builder and a beacon API stand-in, the inbox contracts, an L2 go-ethereum node with
// its sequencer, the sidecar configured as an operator would configure it, and a demo searcher.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/batcher"
	"github.com/syncboost/syncboost/derivation"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/devnet/searcher"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

// L2ChainID is the devnet rollup's chain id.
const L2ChainID = 167_001

// Roles of the funded test keys (gethnode.TestKey(i)), on both chains.
const (
	keyDeployer = iota
	keySequencer
	keySidecar
	keyAttester
	keySearcher
	keyFailing
	keySearcherID
	keySidecarID
	keyUser  // the first of the keys left for tools and tests
	accounts = 16
	// keyBatcher pays for the sequencer's batches: funded on L1 only, after the shared keys,
	// so no tool that takes a listed key races its nonces.
	keyBatcher = accounts
	l1Accounts = keyBatcher + 1
)

// delegatedKeys are the L1 accounts the devnet delegates to BasedAccount (EIP-7702) at setup:
// the demo searcher's two and three more for tests that run extra searchers. The other user
// keys stay plain EOAs, for clients that delegate themselves (the interop snippets).
var delegatedKeys = []int{keySearcher, keyFailing, keyUser + 1, keyUser + 2, keyUser + 3}

// sidecarIdentities are the sidecar addresses the devnet's feed lets stream and report
// outcomes: the identity key the sidecar's config names.
func sidecarIdentities() []common.Address {
	return []common.Address{gethnode.TestAddress(keySidecarID)}
}

var ErrConfig = errors.New("devnet: invalid config")

// Config of a devnet run.
type Config struct {
	DataDir        string        // devnet.json, the sidecar's config, keys and journal
	SlotDuration   time.Duration // whole seconds; 2 s default
	BlockInterval  time.Duration // L2 sequenced blocks; 250 ms default
	ReleaseLeadBps uint32        // the slot-ending release, before the slot starts; 3000 default
	FailEvery      uint64        // a bundle whose post-call fails every N slots; 0 never
	// UnbundleShareBps: the devnet builder breaks received bundles apart in this share of
	// slots (basis points; builder.Unbundle), a dishonest builder for the safety test.
	UnbundleShareBps uint32
	// ExtraRelays, called once L1 runs, gives more builder endpoints the sidecar sends to
	// (tests: slow or down ones in front of the devnet builder); nil for none.
	ExtraRelays    func(ctx context.Context, l1 *l1.Driver) ([]Relay, error)
	ManualSearcher bool // the demo searcher sends only when told (tests)
	// ExternalSidecar: the devnet writes the sidecar's config (SidecarConfigPath) but does not
	// run it; whoever runs `syncboost run --config` on it calls UseSearcherAPI. The live table
	// and Stats need the in-process sidecar.
	ExternalSidecar bool
	// PoolRedisURL puts the sidecar's bundle pool on this Redis ([pool] backend = "redis");
	// "" keeps the embedded journal.
	PoolRedisURL string
	// Replicas: N > 0 starts a Redis server and N sidecar processes (SidecarBin run --config)
	// sharing the pool and the slot lease on it (replicas.go), in place of the in-process one.
	Replicas   int
	SidecarBin string // the syncboost command, for Replicas
	// EPBS runs L1 under ePBS (EIP-7732, Gloas at epoch 0): the builder bids at the slot start
	// and reveals its payload at 2500 bps, or withholds it in WithholdShareBps of the slots; the
	// sequencer signs a FULL and an EMPTY variant per slot and the sidecar runs the epbs profile.
	EPBS bool
	// WithholdShareBps: under EPBS, the share of slots whose payload the builder withholds
	// (basis points, spread evenly by slot number).
	WithholdShareBps uint32
	// Faults injects a missed slot, an L1 reorg and a forced transaction every 20 slots and
	// puts every 7th slot's based block in blobs (faults.go).
	Faults bool
	// Committee: N > 0 certifies with a BLS committee of N members (keys derived by
	// sequencer.DevCommitteeKeys) in place of the sequencer's ECDSA key: the inbox verifies
	// through a BLSCommittee, and members can be taken offline (Devnet.Committee.Offline).
	Committee int
	// CommitteeRotationDelay is the BLSCommittee's ROTATION_DELAY, how long after a rotation is
	// proposed it may be activated: 10 minutes (a public chain's) unless set; whole seconds.
	CommitteeRotationDelay time.Duration
	// BatchBlobThreshold: the poster's batches above this many bytes go in blobs; 0 is 64 with
	// Faults (batchBlobThreshold), else every batch goes in calldata.
	BatchBlobThreshold int
	// FloodRate: requests per second of a flood of signed bundles from FloodIdentities fresh
	// searcher identities against the sidecar's searcher API for the whole run (flood.go); 0
	// for none. Needs the in-process sidecar.
	FloodRate float64
	Table     io.Writer // the live per-slot table; nil for none
	Log       zerolog.Logger
}

// maxCommittee bounds Config.Committee: BLSCommittee registration checks every member's proof
// of possession with the pairing precompile within one transaction.
const maxCommittee = 64

// maxReplicas bounds Config.Replicas (each is a process with its own simulations).
const maxReplicas = 8

// Relay is an extra endpoint in the sidecar's [[relays]].
type Relay struct{ Name, URL string }

// The sidecar's deadlines, in basis points of the slot before it starts: bundles are on the
// wire by sidecarLeadBps, and a slot-ending message later than sidecarLeadBps+sidecarBuildBps
// is skipped as late. The sequencer releases at ReleaseLeadBps, earlier than both by default.
const (
	sidecarLeadBps  = 500
	sidecarBuildBps = 1500
)

func (c Config) withDefaults() Config {
	if c.SlotDuration == 0 {
		c.SlotDuration = 2 * time.Second
	}
	if c.BlockInterval == 0 {
		c.BlockInterval = 250 * time.Millisecond
	}
	if c.ReleaseLeadBps == 0 {
		c.ReleaseLeadBps = 3000
	}
	if c.CommitteeRotationDelay == 0 {
		c.CommitteeRotationDelay = 10 * time.Minute
	}
	return c
}

// Check validates the config.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.DataDir == "":
		return fmt.Errorf("%w: data dir is required", ErrConfig)
	case c.CommitteeRotationDelay%time.Second != 0:
		return fmt.Errorf("%w: committee rotation delay %s must be whole seconds", ErrConfig, c.CommitteeRotationDelay)
	case c.SlotDuration%time.Second != 0:
		return fmt.Errorf("%w: slot duration %s must be whole seconds", ErrConfig, c.SlotDuration)
	case c.BlockInterval <= 0 || c.BlockInterval >= c.SlotDuration:
		return fmt.Errorf("%w: block interval %s must be within a slot", ErrConfig, c.BlockInterval)
	case c.ReleaseLeadBps == 0 || c.ReleaseLeadBps >= 10000:
		return fmt.Errorf("%w: release lead %d bps must be in (0, 10000)", ErrConfig, c.ReleaseLeadBps)
	case c.Committee < 0 || c.Committee > maxCommittee:
		return fmt.Errorf("%w: committee of %d members must be in 0..%d", ErrConfig, c.Committee, maxCommittee)
	case c.Replicas < 0 || c.Replicas > maxReplicas:
		return fmt.Errorf("%w: %d replicas must be in 0..%d", ErrConfig, c.Replicas, maxReplicas)
	case c.Replicas > 0 && (c.SidecarBin == "" || c.ExternalSidecar || c.PoolRedisURL != ""):
		return fmt.Errorf("%w: replicas need the syncboost command, and run their own sidecars and Redis", ErrConfig)
	case c.WithholdShareBps > 10000 || (c.WithholdShareBps > 0 && !c.EPBS):
		return fmt.Errorf("%w: withhold share %d bps must be at most 10000, under ePBS only", ErrConfig, c.WithholdShareBps)
	case c.EPBS && c.Faults:
		return fmt.Errorf("%w: the fault schedule (missed slots, reorgs) runs on the MEV-Boost timeline only", ErrConfig)
	case c.FloodRate < 0 || (c.FloodRate > 0 && (c.Replicas > 0 || c.ExternalSidecar)):
		return fmt.Errorf("%w: flood rate %v must be >= 0, with the in-process sidecar only", ErrConfig, c.FloodRate)
	case c.UnbundleShareBps > 10000:
		return fmt.Errorf("%w: unbundle share %d bps must be at most 10000", ErrConfig, c.UnbundleShareBps)
	}
	return nil
}

// Devnet is a running devnet. Its parts are exported for tests and tools.
type Devnet struct {
	cfg Config
	log zerolog.Logger
	L1  *l1.Driver
	L2  *gethnode.Node
	Seq *sequencer.Sequencer
	// Committee certifies in the sequencer's place with Config.Committee > 0; nil otherwise.
	Committee *sequencer.Committee
	Poster    *batcher.Poster // the sequencer's batches to the inbox
	Sidecar   *sidecar.App    // nil with ExternalSidecar or Replicas
	// Redis serves the replicas' pool and slot lease with Replicas > 0; tests restart it.
	Redis    *redisnode.Server
	Searcher *searcher.Searcher // replaced by UseSearcherAPI under mu
	Manifest Manifest
	// L1Only is the independent L2 node that Derive derives from L1 alone; the table checks it
	// against the sequencer's chain after every L1 block.
	L1Only *gethnode.Node
	Derive *derivation.Deriver
	sup    *lifecycle.Supervisor
	table  *table

	sidecarPath string     // the sidecar's config file
	replicas    []*Replica // with Replicas > 0, under mu; nil while one is down

	mu      sync.Mutex
	sent    map[uint64]searcher.Sent
	rows    map[uint64]Row     // each slot's table row, kept for the run's summary
	derived map[uint64]verdict // the L1-only node's head after each slot's L1 block
	stopped bool
	slots   chan l1.SlotReport
	resumed chan uint64 // slots after whose L1 block the sequencer resumed
	cancel  context.CancelFunc
	done    sync.WaitGroup
	faults  faults
	blobs   *derivation.BlobClient // the beacon API's blobs, for the sequencer and the L1-only node
	flood   *flood                 // with FloodRate; set by Start
}

// New checks cfg; Start brings everything up.
func New(cfg Config) (*Devnet, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	return &Devnet{cfg: cfg, log: cfg.Log, sent: map[uint64]searcher.Sent{}, rows: map[uint64]Row{}, derived: map[uint64]verdict{}, slots: make(chan l1.SlotReport, 64), resumed: make(chan uint64, 64)}, nil
}

// Start brings up L1, the contracts, L2 and its sequencer, the sidecar and the searcher, in
// that order, and writes devnet.json.
func (d *Devnet) Start(ctx context.Context) error {
	if err := os.MkdirAll(d.cfg.DataDir, 0o755); err != nil {
		return err
	}
	// Every run is a new pair of chains: bundles an earlier run journaled name chains that no
	// longer exist (and may be in an older build's format), so the sidecar starts empty.
	if err := os.RemoveAll(filepath.Join(d.cfg.DataDir, "journal")); err != nil {
		return err
	}
	steps := []func(context.Context) error{d.startL1, d.startBlobSource, d.startL2, d.startBatcher, d.startSequencer,
		d.startL1Only, d.startRedis, d.startSidecar, d.startSearcher, d.startFlood}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			_ = d.Stop(context.WithoutCancel(ctx))
			return err
		}
	}
	loopCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d.cancel = cancel
	d.done.Add(1)
	go func() {
		defer d.done.Done()
		d.loop(loopCtx)
	}()
	d.L1.OnSlot(func(r l1.SlotReport) {
		d.Seq.NotifyL1()
		d.Poster.NotifyL1()
		select {
		case d.slots <- r:
		default: // the loop is behind; it catches up from the next report
		}
	})
	d.mu.Lock() // the loop may point the searcher at another replica meanwhile
	path, err := d.writeManifest()
	d.mu.Unlock()
	if err == nil {
		d.log.Info().Str("path", path).Msg("devnet.json written")
	}
	return err
}

func (d *Devnet) newSearcher(url string) (*searcher.Searcher, error) {
	return searcher.New(d.SearcherConfig(url), d.L1.Node().EthClient(), d.L2.EthClient())
}

// SearcherConfig is the demo searcher's config against the searcher API at url; tests edit it
// to run more searchers (their L1 keys must be among the delegated ones, delegatedKeys).
func (d *Devnet) SearcherConfig(url string) searcher.Config {
	return searcher.Config{SearcherURL: url, L1ChainID: d.L1.ChainID(), L2ChainID: L2ChainID,
		Inbox: d.Manifest.Contracts.Inbox, Submitter: gethnode.TestAddress(keySidecar), Demo: d.Manifest.Contracts.SyncDemo,
		GenesisTime: uint64(d.L1.Config().GenesisTime.Unix()), SlotSeconds: uint64(d.cfg.SlotDuration / time.Second),
		Key: gethnode.TestKey(keySearcher), FailKey: gethnode.TestKey(keyFailing),
		Identity: gethnode.TestKey(keySearcherID), Recipient: gethnode.TestAddress(keyUser), FailEvery: d.cfg.FailEvery,
		PadEvery: d.blobEvery(), PadBytes: blobPadBytes, AltKey: d.altSearcherKey()}
}

// SidecarConfigPath is the sidecar's TOML config the devnet wrote: what `syncboost run
// --config` takes to run it as an operator would.
func (d *Devnet) SidecarConfigPath() string { return d.sidecarPath }

// UseSearcherAPI points the demo searcher and devnet.json at the searcher API of a sidecar
// run outside the devnet (ExternalSidecar), again after each restart of it.
func (d *Devnet) UseSearcherAPI(url string) error {
	s, err := d.newSearcher(url)
	if err != nil {
		return err
	}
	d.mu.Lock() // the chaos run and the searcher's spread over replicas both call it
	defer d.mu.Unlock()
	d.Searcher = s
	d.Manifest.SearcherRPC = url
	_, err = d.Manifest.write(d.cfg.DataDir)
	return err
}

// searcherURL is the searcher API the demo searcher sends to.
func (d *Devnet) searcherURL() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.Manifest.SearcherRPC
}

func (d *Devnet) searcher() *searcher.Searcher {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.Searcher
}

// observe runs on the sequencer's goroutine: once it resumed after slot S's L1 block (having
// derived S's based block, if any), the L2 state searchers build on is current.
func (d *Devnet) observe(ev sequencer.Event) {
	if ev.Kind == sequencer.EventResumed {
		select {
		case d.resumed <- ev.Slot:
		default:
		}
	}
}

// loop sends the demo bundles for slot S+1 once the sequencer resumed after slot S, and prints
// the table row of the slot before each new L1 block, whose outcome is known by then.
func (d *Devnet) loop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case slot := <-d.resumed:
			if d.cfg.Replicas > 0 {
				d.spreadSearcher(slot + 1)
			}
			s := d.searcher()
			if s == nil || d.cfg.ManualSearcher {
				continue
			}
			sent, err := s.SendForSlot(ctx, slot+1)
			if err != nil && ctx.Err() == nil {
				d.log.Warn().Err(err).Uint64("slot", slot+1).Msg("demo searcher")
			}
			d.mu.Lock()
			d.sent[slot+1] = sent
			d.mu.Unlock()
		case r := <-d.slots:
			if r.Slot > 0 && d.Sidecar != nil { // an external sidecar's pipeline is not ours to read
				row := d.rowFor(r.Slot - 1)
				d.mu.Lock()
				d.rows[row.Slot] = row
				d.mu.Unlock()
				d.table.row(row)
			}
			if d.cfg.Faults {
				d.injectFaults(ctx, r)
			}
		}
	}
}

// SearcherSent returns the demo bundles sent for slot.
func (d *Devnet) SearcherSent(slot uint64) (searcher.Sent, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	s, ok := d.sent[slot]
	return s, ok
}

// Stop stops everything in reverse order. It is safe to call after a failed Start.
func (d *Devnet) Stop(ctx context.Context) error {
	d.mu.Lock()
	if d.stopped {
		d.mu.Unlock()
		return nil
	}
	d.stopped = true
	d.mu.Unlock()
	if d.flood != nil {
		d.flood.stop()
	}
	if d.cancel != nil {
		d.cancel()
		d.done.Wait()
	}
	errs := []error{d.stopReplicas()}
	if d.sup != nil {
		errs = append(errs, d.sup.Stop(ctx))
	}
	if d.Seq != nil {
		errs = append(errs, d.Seq.Stop(ctx))
	}
	if d.Poster != nil { // after the sequencer, which posts to it
		errs = append(errs, d.Poster.Stop(ctx))
	}
	errs = append(errs, d.stopL1Only(ctx))
	if d.L2 != nil {
		errs = append(errs, d.L2.Stop(ctx))
	}
	if d.L1 != nil {
		errs = append(errs, d.L1.Stop(ctx))
	}
	return errors.Join(errs...)
}

func (d *Devnet) writeManifest() (string, error) {
	m := &d.Manifest
	m.L1 = Chain{RPC: d.L1.RPCURL(), ChainID: d.L1.ChainID()}
	m.L2 = Chain{RPC: d.L2.HTTPEndpoint(), ChainID: L2ChainID}
	m.BeaconURL, m.FeedURL, m.BuilderRPC = d.L1.BeaconURL(), d.Seq.FeedURL(), d.L1.BuilderURL()
	if d.Sidecar != nil {
		m.SearcherRPC, m.MetricsURL = d.Sidecar.Searcher.URL(), d.Sidecar.Metrics.URL()
	}
	m.SlotSeconds, m.GenesisTime = uint64(d.cfg.SlotDuration/time.Second), uint64(d.L1.Config().GenesisTime.Unix())
	m.SidecarAddress = gethnode.TestAddress(keySidecar)
	m.Accounts = []Account{account("demo-searcher", gethnode.TestKey(keySearcher)), account("failing-searcher", gethnode.TestKey(keyFailing))}
	for i := keyUser; i < accounts; i++ {
		m.Accounts = append(m.Accounts, account("user", gethnode.TestKey(i)))
	}
	return m.write(d.cfg.DataDir)
}

// L1Client and L2Client are clients of the two chains' RPC.
func (d *Devnet) L1Client() *ethclient.Client { return d.L1.Node().EthClient() }
func (d *Devnet) L2Client() *ethclient.Client { return d.L2.EthClient() }
