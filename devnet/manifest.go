package devnet

import (
	"crypto/ecdsa"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Manifest is devnet.json: what a tool that is not ours needs to use the devnet.
type Manifest struct {
	L1          Chain  `json:"l1"`
	L2          Chain  `json:"l2"`
	SearcherRPC string `json:"searcherRpc"`
	// SidecarAddress is the sidecar's L1 address: the submitter every signed call must name.
	SidecarAddress common.Address    `json:"sidecarAddress"`
	BeaconURL      string            `json:"beaconUrl"`
	FeedURL        string            `json:"feedUrl"`
	BuilderRPC     string            `json:"builderRpc"`
	MetricsURL     string            `json:"metricsUrl"`
	SlotSeconds    uint64            `json:"slotSeconds"`
	GenesisTime    uint64            `json:"genesisTime"`
	Contracts      ContractAddresses `json:"contracts"`
	Accounts       []Account         `json:"accounts"`
}

// Chain is one chain's endpoint.
type Chain struct {
	RPC     string `json:"rpc"`
	ChainID uint64 `json:"chainId"`
}

// ContractAddresses are the L1 contracts.
type ContractAddresses struct {
	Inbox               common.Address `json:"inbox"`
	AttestationVerifier common.Address `json:"attestationVerifier"`
	SyncDemo            common.Address `json:"syncDemo"`
	// BasedAccount is the code an EOA delegates to (EIP-7702) to run signed calls.
	BasedAccount common.Address `json:"basedAccount"`
	// Committee is the BLSCommittee certifying in the sequencer's place (-committee N); zero
	// when the sequencer's key certifies.
	Committee common.Address `json:"committee,omitempty"`
}

// Account is a funded test account (on both chains) and what the devnet uses it for.
type Account struct {
	Role       string         `json:"role"`
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
}

func account(role string, k *ecdsa.PrivateKey) Account {
	return Account{Role: role, Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))}
}

// write writes devnet.json to dir.
func (m Manifest) write(dir string) (string, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "devnet.json")
	return path, os.WriteFile(path, append(b, '\n'), 0o644)
}
