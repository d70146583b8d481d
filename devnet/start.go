package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/batcher"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

// The start steps, in order: L1 with its builder and beacon stand-in, L2 and the contracts,
// the batch poster, the sequencer, the sidecar, the demo searcher.

func (d *Devnet) startL1(ctx context.Context) error {
	drv, err := l1.New(l1.Config{SlotDuration: d.cfg.SlotDuration, Accounts: l1Accounts,
		UnbundleShareBps: d.cfg.UnbundleShareBps, EPBS: d.cfg.EPBS, WithholdShareBps: d.cfg.WithholdShareBps}, clock.Real{}, d.log, prometheus.NewRegistry())
	if err != nil {
		return err
	}
	if err := drv.Start(ctx); err != nil {
		return fmt.Errorf("l1: %w", err)
	}
	d.L1 = drv
	return nil
}

func (d *Devnet) startL2(ctx context.Context) error {
	n, err := gethnode.New(gethnode.Config{ChainID: L2ChainID, GenesisTime: uint64(d.L1.Config().GenesisTime.Unix()), Accounts: accounts})
	if err != nil {
		return err
	}
	if err := n.Start(ctx); err != nil {
		return fmt.Errorf("l2: %w", err)
	}
	d.L2 = n
	genesis := n.BlockChain().Genesis()
	dc := l1.DeployConfig{Deployer: gethnode.TestKey(keyDeployer), L2ChainID: L2ChainID,
		L2GenesisHash: genesis.Hash(), L2GenesisStateRoot: genesis.Root(), Sequencer: gethnode.TestAddress(keySequencer),
		Attester: gethnode.TestAddress(keyAttester)}
	if err := d.deployCommittee(ctx, &dc); err != nil {
		return err
	}
	c, err := l1.Deploy(ctx, d.L1, dc)
	if err != nil {
		return fmt.Errorf("deploy contracts: %w", err)
	}
	d.Manifest.Contracts = ContractAddresses{Inbox: c.Inbox, AttestationVerifier: c.Verifier, SyncDemo: c.Demo, BasedAccount: c.Account,
		Committee: dc.CertificateVerifier}
	// The demo searcher's accounts run signed calls: their EOAs delegate to BasedAccount.
	var keys []*ecdsa.PrivateKey
	for _, k := range delegatedKeys {
		keys = append(keys, gethnode.TestKey(k))
	}
	if err := l1.Delegate(ctx, d.L1, gethnode.TestKey(keyDeployer), c.Account, keys...); err != nil {
		return fmt.Errorf("delegate the searcher accounts: %w", err)
	}
	return nil
}

// deployCommittee, with Config.Committee > 0, makes the committee and deploys its BLSCommittee
// as the inbox's certificate verifier, in the sequencer key's place.
func (d *Devnet) deployCommittee(ctx context.Context, dc *l1.DeployConfig) error {
	if d.cfg.Committee == 0 {
		return nil
	}
	keys, err := sequencer.DevCommitteeKeys(d.cfg.Committee)
	if err != nil {
		return err
	}
	if d.Committee, err = sequencer.NewCommittee(0, keys); err != nil { // BLSCommittee registers epoch 0
		return err
	}
	addr, err := l1.DeployCommittee(ctx, d.L1, dc.Deployer, keys, uint64(d.cfg.CommitteeRotationDelay/time.Second))
	if err != nil {
		return fmt.Errorf("deploy the committee: %w", err)
	}
	dc.Sequencer, dc.CertificateVerifier = common.Address{}, addr
	return nil
}

// batchCertifier certifies the poster's blob batches: the committee, or the sequencer key.
func (d *Devnet) batchCertifier(domain bundle.Domain) (batcher.Certifier, batcher.Committees) {
	if d.Committee != nil {
		return sequencer.BatchCertifier{Committee: d.Committee, Domain: domain}, d.Committee
	}
	return batcher.KeyCertifier{Key: gethnode.TestKey(keySequencer), Domain: domain}, nil
}

// committeeFile is the sidecar's committee_file, nil without a committee.
func (d *Devnet) committeeFile() ([]byte, error) {
	if d.Committee == nil {
		return nil, nil
	}
	return bundle.CommitteeFileOf(0, d.Committee.Keys()).Encode()
}

func (d *Devnet) startSequencer(ctx context.Context) error {
	cfg := sequencer.DefaultConfig(d.L1.ChainID(), d.Manifest.Contracts.Inbox, L2ChainID)
	cfg.BlockInterval, cfg.ReleaseLeadBps = d.cfg.BlockInterval, d.cfg.ReleaseLeadBps
	cfg.Feed.Sidecars = sidecarIdentities()
	cfg.EPBS = d.cfg.EPBS
	s, err := sequencer.New(cfg, sequencer.Deps{L2: d.L2, L1: d.L1.Node().EthClient(), Key: gethnode.TestKey(keySequencer),
		Clock: clock.Real{}, Slots: d.L1.Slots(), Log: d.log, Registry: prometheus.NewRegistry(), Observer: d.observe,
		Poster: d.Poster, Blobs: d.blobs, Committee: d.Committee})
	if err != nil {
		return err
	}
	if err := s.Start(ctx); err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	d.Seq = s
	return nil
}

// startBatcher starts the sequencer's batch poster, with its own L1 key. It certifies blob
// batches with the sequencer key directly, so it can start before the sequencer it serves.
func (d *Devnet) startBatcher(ctx context.Context) error {
	inbox := d.Manifest.Contracts.Inbox
	cfg := batcher.DefaultConfig(d.L1.ChainID(), inbox, L2ChainID)
	switch {
	case d.cfg.BatchBlobThreshold > 0:
		cfg.BlobThreshold = d.cfg.BatchBlobThreshold
	case d.cfg.Faults:
		cfg.BlobThreshold = batchBlobThreshold
	}
	if cfg.BlobThreshold > 0 {
		// The first KZG proof loads the trusted setup (seconds): paid now, not by the first batch.
		if err := bundle.WarmBlobs(); err != nil {
			return fmt.Errorf("batcher: kzg: %w", err)
		}
	}
	cert, committee := d.batchCertifier(bundle.Domain{ChainID: d.L1.ChainID(), VerifyingContract: inbox})
	p, err := batcher.New(cfg, batcher.Deps{L1: batcher.NewClient(d.L1.Node().Client()), Key: gethnode.TestKey(keyBatcher),
		Certifier: cert, Committee: committee, Clock: clock.Real{}, Slots: d.L1.Slots(), Log: d.log, Registry: prometheus.NewRegistry()})
	if err != nil {
		return err
	}
	if err := p.Start(ctx); err != nil {
		return fmt.Errorf("batcher: %w", err)
	}
	d.Poster = p
	return nil
}

func (d *Devnet) startSidecar(ctx context.Context) error {
	// Bundles go to the builder; registrations and deliveries come from the relays it delivers
	// through, one of which forges registrations.
	relays := []relay{{Name: "devnet-builder", URL: d.L1.BuilderURL()},
		{Name: l1.RelayName, ValidatorsURL: d.L1.Relay().URL()}, {Name: l1.LyingRelayName, ValidatorsURL: d.L1.LyingRelay().URL()}}
	if d.cfg.ExtraRelays != nil {
		extra, err := d.cfg.ExtraRelays(ctx, d.L1)
		if err != nil {
			return fmt.Errorf("extra relays: %w", err)
		}
		for _, r := range extra {
			relays = append(relays, relay{Name: r.Name, URL: r.URL})
		}
	}
	committee, err := d.committeeFile()
	if err != nil {
		return err
	}
	path, err := sidecarConfig{L1RPC: d.L1.RPCURL(), L2RPC: d.L2.HTTPEndpoint(), L1Chain: d.L1.ChainID(), L2Chain: L2ChainID,
		BeaconURL: d.L1.BeaconURL(), FeedURL: d.Seq.FeedURL(), OutcomeURL: d.Seq.FeedURL(), Inbox: d.Manifest.Contracts.Inbox,
		Sequencer: d.Seq.Address(), Relays: relays, SidecarKey: gethnode.TestKey(keySidecar), IdentityKey: gethnode.TestKey(keySidecarID),
		AttesterKey: gethnode.TestKey(keyAttester), LeadBps: sidecarLeadBps, BuildBps: sidecarBuildBps, EPBS: d.cfg.EPBS,
		PoolRedisURL: d.cfg.PoolRedisURL, LeaseTTLBps: d.leaseTTLBps(), BlobThreshold: d.blobThreshold(), Committee: committee}.write(d.cfg.DataDir)
	if err != nil {
		return fmt.Errorf("write the sidecar's config: %w", err)
	}
	d.sidecarPath = path
	if d.cfg.Replicas > 0 {
		return d.startReplicas(ctx)
	}
	if d.cfg.ExternalSidecar {
		return nil
	}
	cfg, err := loadSidecarConfig(path)
	if err != nil {
		return fmt.Errorf("sidecar config %s: %w", path, err)
	}
	d.sup = lifecycle.NewSupervisor(d.log)
	a, err := sidecar.Build(cfg, sidecar.Deps{Log: d.log, Registry: prometheus.NewRegistry(), Clock: clock.Real{}}, d.sup)
	if err != nil {
		return fmt.Errorf("sidecar: %w", err)
	}
	if err := d.sup.Start(ctx); err != nil {
		a.Close()
		d.sup = nil
		return fmt.Errorf("sidecar: %w", err)
	}
	d.Sidecar = a
	return nil
}

func (d *Devnet) startSearcher(context.Context) error {
	d.table = newTable(d.cfg.Table, d.L1.Slots())
	d.table.epbs = d.cfg.EPBS
	if d.Sidecar == nil {
		return nil // an external sidecar: UseSearcherAPI makes the searcher
	}
	s, err := d.newSearcher(d.Sidecar.Searcher.URL())
	if err != nil {
		return err
	}
	d.Searcher = s
	return nil
}

// replicaLeaseTTLBps is the replicas' lease_ttl_bps: 40 ms of a 2 s slot, so that a follower
// takes a dead holder's slot over within a tenth of the slot's budget (30 % of the slot).
const replicaLeaseTTLBps = 200

func (d *Devnet) leaseTTLBps() uint32 {
	if d.cfg.Replicas > 0 {
		return replicaLeaseTTLBps
	}
	return 0
}
