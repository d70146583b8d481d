package devnet

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/sidecar/config"
)

// sidecarConfig is what the devnet tells the sidecar: everything a production operator would
// put in its TOML file. The devnet writes that file (and the key files it names) to the data
// directory and loads it with the same code `syncboost run` uses.
type sidecarConfig struct {
	L1RPC, L2RPC       string
	L1Chain, L2Chain   uint64
	BeaconURL, FeedURL string
	OutcomeURL         string
	Inbox, Sequencer   common.Address
	Relays             []relay
	SidecarKey         *ecdsa.PrivateKey
	IdentityKey        *ecdsa.PrivateKey
	AttesterKey        *ecdsa.PrivateKey
	LeadBps, BuildBps  uint32
	EPBS               bool   // [deadlines] profile = "epbs"
	PoolRedisURL       string // "" for the journal
	LeaseTTLBps        uint32 // [pool] lease_ttl_bps with the redis pool; 0 leaves the default
	BlobThreshold      int    // [pipeline] blob_threshold_bytes; 0 leaves it unset (calldata)
	// Committee, when set, is the committee file's JSON: certificate = "committee" with
	// committee_file = "committee.json" in place of the sequencer's address.
	Committee []byte
}

// relay is one [[relays]] entry: a builder endpoint (URL) or a relay the sidecar reads
// registrations and deliveries from (ValidatorsURL).
type relay struct{ Name, URL, ValidatorsURL string }

// basedModeMempoolTxs is the devnet sidecar's [pipeline] based_mode_mempool_txs.
const basedModeMempoolTxs = 64

const sidecarTOML = `# Written by syncboost-devnet: the sidecar's configuration, as an operator would write it.
[log]
level = "warn"
format = "console"

[metrics]
listen = "127.0.0.1:0"

[searcher_api]
listen = "127.0.0.1:0"

[journal]
dir = "journal"

[l1]
rpc_url = "{{l1_rpc}}"
chain_id = {{l1_chain}}
key = "keys/sidecar.key"

[l2]
rpc_url = "{{l2_rpc}}"
chain_id = {{l2_chain}}

[sequencer]
feed_url = "{{feed_url}}"
outcome_url = "{{outcome_url}}"
{{certificate}}
silence_timeout = "10s"
backoff_min = "50ms"
backoff_max = "1s"

[inbox]
address = "{{inbox}}"

[beacon]
url = "{{beacon_url}}"
timeout = "1s"

[deadlines]
profile = "{{profile}}"
lead_bps = {{lead_bps}}
build_bps = {{build_bps}}

[identity]
key = "keys/identity.key"

[prover]
kind = "attestation"
key = "keys/attester.key"
timeout_bps = 1000
{{relays}}`

// profile is the deadline profile: an operator whose chain runs ePBS sets "epbs".
func (c sidecarConfig) profile() string {
	if c.EPBS {
		return "epbs"
	}
	return "mevboost"
}

// write writes the config and its key files under dir and returns the config file's path.
func (c sidecarConfig) write(dir string) (string, error) {
	keys := filepath.Join(dir, "keys")
	if err := os.MkdirAll(keys, 0o700); err != nil {
		return "", err
	}
	for name, k := range map[string]*ecdsa.PrivateKey{"sidecar.key": c.SidecarKey, "identity.key": c.IdentityKey, "attester.key": c.AttesterKey} {
		if err := os.WriteFile(filepath.Join(keys, name), []byte(hexutil.Encode(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
			return "", err
		}
	}
	certificate := fmt.Sprintf("certificate = \"ecdsa\"\naddress = %q", c.Sequencer.Hex())
	if c.Committee != nil {
		if err := os.WriteFile(filepath.Join(dir, "committee.json"), c.Committee, 0o644); err != nil {
			return "", err
		}
		certificate = "certificate = \"committee\"\ncommittee_file = \"committee.json\""
	}
	var relays strings.Builder
	for _, r := range c.Relays {
		fmt.Fprintf(&relays, "\n[[relays]]\nname = %q\n", r.Name)
		if r.URL != "" {
			fmt.Fprintf(&relays, "url = %q\nmethod = \"eth_sendBundle\"\ntimeout_bps = 1000\n", r.URL)
		}
		if r.ValidatorsURL != "" {
			fmt.Fprintf(&relays, "validators_url = %q\n", r.ValidatorsURL)
		}
	}
	body := strings.NewReplacer(
		"{{l1_rpc}}", c.L1RPC, "{{l2_rpc}}", c.L2RPC, "{{l1_chain}}", fmt.Sprint(c.L1Chain), "{{l2_chain}}", fmt.Sprint(c.L2Chain),
		"{{feed_url}}", c.FeedURL, "{{outcome_url}}", c.OutcomeURL, "{{certificate}}", certificate, "{{inbox}}", c.Inbox.Hex(),
		"{{beacon_url}}", c.BeaconURL, "{{lead_bps}}", fmt.Sprint(c.LeadBps), "{{build_bps}}", fmt.Sprint(c.BuildBps),
		"{{relays}}", relays.String(), "{{profile}}", c.profile(),
	).Replace(sidecarTOML)
	if c.PoolRedisURL != "" {
		body += fmt.Sprintf("\n[pool]\nbackend = \"redis\"\nredis_url = %q\n", c.PoolRedisURL)
		if c.LeaseTTLBps > 0 {
			body += fmt.Sprintf("lease_ttl_bps = %d\n", c.LeaseTTLBps)
		}
	}
	// In based mode the devnet's users' L2 transactions are the sidecar's to include.
	body += fmt.Sprintf("\n[pipeline]\nbased_mode_mempool_txs = %d\n", basedModeMempoolTxs)
	if c.BlobThreshold > 0 {
		body += fmt.Sprintf("blob_threshold_bytes = %d\n", c.BlobThreshold)
	}
	path := filepath.Join(dir, "sidecar.toml")
	return path, os.WriteFile(path, []byte(body), 0o600)
}

// load reads the written file back exactly as `syncboost run --config` does.
func loadSidecarConfig(path string) (*config.Config, error) {
	return config.Load(config.Sources{Path: path})
}
