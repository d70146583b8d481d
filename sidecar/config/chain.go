package config

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// L1 configures the L1 execution client and the sidecar's own L1 key, which
// signs the atomic submitBased transaction of each slot.
type L1 struct {
	RPCURL  string `toml:"rpc_url"`
	ChainID uint64 `toml:"chain_id"`
	Key     Secret `toml:"key"`
}

func defaultL1() L1 { return L1{RPCURL: "http://127.0.0.1:8545"} }

// Check validates the section and parses the key.
func (l L1) Check() error {
	var p problems
	p.rpcURL("rpc_url", l.RPCURL)
	p.add("chain_id", positive(l.ChainID))
	p.add("key", checkKey(l.Key, true))
	return p.join()
}

// Chains returns the chain ids bundle validation checks transactions against, and the inbox
// signed calls must name (the submitter, the sidecar's address, is the caller's to add).
func (c *Config) Chains() bundle.Chains {
	return bundle.Chains{L1: c.L1.ChainID, L2: c.L2.ChainID, Inbox: c.Inbox.ContractAddress()}
}

// L2 configures the L2 execution client used to simulate based blocks.
type L2 struct {
	RPCURL  string `toml:"rpc_url"`
	ChainID uint64 `toml:"chain_id"`
}

func defaultL2() L2 { return L2{RPCURL: "http://127.0.0.1:9545"} }

// Check validates the section.
func (l L2) Check() error {
	var p problems
	p.rpcURL("rpc_url", l.RPCURL)
	p.add("chain_id", positive(l.ChainID))
	return p.join()
}

// Certificate kinds of slot-ending messages.
const (
	CertificateECDSA     = "ecdsa"
	CertificateCommittee = "committee"
)

// Sequencer configures the slot-ending feed and who may certify it.
type Sequencer struct {
	FeedURL    string `toml:"feed_url"`
	OutcomeURL string `toml:"outcome_url"`
	// Certificate is "ecdsa" (one sequencer key, Address) or "committee"
	// (BLS committee described in CommitteeFile).
	Certificate   string `toml:"certificate"`
	Address       string `toml:"address"`
	CommitteeFile string `toml:"committee_file"`
	// ImplicitSlotEndingIndex: 0 means messages carry an explicit slotEnding
	// flag; N > 0 means the block with seqIndex N ends its slot.
	ImplicitSlotEndingIndex uint32        `toml:"implicit_slot_ending_index"`
	SilenceTimeout          time.Duration `toml:"silence_timeout"`
	BackoffMin              time.Duration `toml:"backoff_min"`
	BackoffMax              time.Duration `toml:"backoff_max"`
	// SignRequests signs the stream requests and outcome reports with identity.key, as a
	// sequencer that lists the sidecar's address requires; false only for an open sequencer.
	SignRequests bool `toml:"sign_requests"`
}

func defaultSequencer() Sequencer {
	return Sequencer{
		Certificate:    CertificateECDSA,
		SilenceTimeout: 30 * time.Second,
		BackoffMin:     250 * time.Millisecond,
		BackoffMax:     10 * time.Second,
		SignRequests:   true,
	}
}

// SignerAddress returns the sequencer's ECDSA address (valid after Check).
func (s Sequencer) SignerAddress() common.Address { return common.HexToAddress(s.Address) }

// Check validates the section.
func (s Sequencer) Check() error {
	var p problems
	p.httpURL("feed_url", s.FeedURL) // Server-Sent Events over HTTP
	p.httpURL("outcome_url", s.OutcomeURL)
	p.add("certificate", oneOf(s.Certificate, CertificateECDSA, CertificateCommittee))
	switch s.Certificate {
	case CertificateECDSA:
		p.add("address", checkAddress(s.Address))
	case CertificateCommittee:
		_, err := loadCommittee(s.CommitteeFile)
		p.add("committee_file", err)
	}
	p.add("silence_timeout", positiveDuration(s.SilenceTimeout))
	p.add("backoff_min", positiveDuration(s.BackoffMin))
	p.add("backoff_max", positiveDuration(s.BackoffMax))
	if s.BackoffMin > s.BackoffMax {
		p.add("backoff_min", errorf(ErrRange, "%s exceeds backoff_max %s", s.BackoffMin, s.BackoffMax))
	}
	return p.join()
}

func checkFile(path string) error {
	if path == "" {
		return ErrRequired
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%w: %w", ErrRequired, err)
	}
	return nil
}

// Inbox names the BasedInbox contract on L1 (the EIP-712 verifying contract).
type Inbox struct {
	Address string `toml:"address"`
}

// ContractAddress returns the inbox address (valid after Check).
func (i Inbox) ContractAddress() common.Address { return common.HexToAddress(i.Address) }

// Check validates the section.
func (i Inbox) Check() error {
	var p problems
	p.add("address", checkAddress(i.Address))
	return p.join()
}

// Beacon configures the L1 beacon node.
type Beacon struct {
	URL     string        `toml:"url"`
	Timeout time.Duration `toml:"timeout"`
	// SilenceSlots: not ready once the node has not vouched for its head for more than this
	// many slots; its event stream is reconnected after as many slots without a byte.
	SilenceSlots uint64 `toml:"silence_slots"`
}

func defaultBeacon() Beacon {
	return Beacon{URL: "http://127.0.0.1:5052", Timeout: 2 * time.Second, SilenceSlots: 2}
}

// Check validates the section.
func (b Beacon) Check() error {
	var p problems
	p.httpURL("url", b.URL)
	p.add("timeout", positiveDuration(b.Timeout))
	p.add("silence_slots", positive(b.SilenceSlots))
	return p.join()
}

// resolvePath makes a relative path relative to dir.
func resolvePath(path, dir string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(dir, path)
}
