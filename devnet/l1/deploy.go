package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// Errors of Deploy.
var (
	ErrDeployConfig = errors.New("l1: invalid deploy config")
	ErrDeploy       = errors.New("l1: deployment failed")
)

// deploySlots bounds how many slots Deploy waits for its transactions.
const deploySlots = 16

// DeployConfig holds the inbox's parameters that are not the L1's own (genesis time and slot
// duration come from the driver).
type DeployConfig struct {
	// Deployer signs the four deployments; it must be funded (a gethnode test key).
	Deployer           *ecdsa.PrivateKey
	L2ChainID          uint64
	L2GenesisHash      common.Hash
	L2GenesisStateRoot common.Hash
	// Sequencer signs slot-ending certificates (ECDSA); zero when CertificateVerifier is set.
	Sequencer common.Address
	// CertificateVerifier, when set, verifies certificates in the sequencer's place (a
	// BLSCommittee, DeployCommittee).
	CertificateVerifier common.Address
	// Attester is the AttestationVerifier's key, which attests L2 post-state roots.
	Attester common.Address
	// ForcedInclusionFee per enqueued transaction; nil means 0.01 ether.
	ForcedInclusionFee *big.Int
	// ForcedInclusionDelay is how long an entry waits before it is due; 0 means four slots.
	ForcedInclusionDelay time.Duration
	// ForcedInclusionCap is the most forced entries one based block takes; 0 means 4.
	ForcedInclusionCap uint16
	// ForcedTxMaxBytes bounds one forced transaction; 0 means 4096.
	ForcedTxMaxBytes uint32
}

// Contracts are the deployed addresses.
type Contracts struct {
	Inbox    common.Address
	Verifier common.Address
	Demo     common.Address
	// Account is BasedAccount, the code searchers' EOAs delegate to (EIP-7702).
	Account common.Address
	// Block is the number of the block the inbox was deployed in.
	Block uint64
	// Inbox's constructor arguments.
	Config bindings.InboxConfig
}

func (c DeployConfig) withDefaults(slot time.Duration) DeployConfig {
	if c.ForcedInclusionFee == nil {
		c.ForcedInclusionFee = big.NewInt(params.Ether / 100)
	}
	if c.ForcedInclusionDelay == 0 {
		c.ForcedInclusionDelay = 4 * slot
	}
	if c.ForcedInclusionCap == 0 {
		c.ForcedInclusionCap = 4
	}
	if c.ForcedTxMaxBytes == 0 {
		c.ForcedTxMaxBytes = 4096
	}
	return c
}

// Check reports every invalid field.
func (c DeployConfig) Check() error {
	var errs []error
	add := func(field, reason string) {
		errs = append(errs, fmt.Errorf("%w: %s: %s", ErrDeployConfig, field, reason))
	}
	if c.Deployer == nil {
		add("deployer", "missing")
	}
	if c.L2ChainID == 0 {
		add("l2_chain_id", "missing")
	}
	if c.L2GenesisHash == (common.Hash{}) {
		add("l2_genesis_hash", "missing")
	}
	switch noSeq, noVerifier := c.Sequencer == (common.Address{}), c.CertificateVerifier == (common.Address{}); {
	case noSeq && noVerifier:
		add("sequencer", "missing (or a certificate_verifier)")
	case !noSeq && !noVerifier:
		add("sequencer", "must be zero with a certificate_verifier")
	}
	if c.Attester == (common.Address{}) {
		add("attester", "missing")
	}
	if c.ForcedInclusionFee != nil && c.ForcedInclusionFee.Sign() < 0 {
		add("forced_inclusion_fee", "negative")
	}
	if c.ForcedInclusionDelay < 0 || c.ForcedInclusionDelay%time.Second != 0 {
		add("forced_inclusion_delay", "must be whole seconds")
	}
	return errors.Join(errs...)
}

// Deploy deploys AttestationVerifier, BasedInbox, SyncDemo and BasedAccount through the L1 node's public
// RPC, as any deployer would, and waits until the driver's slot blocks include them. The
// driver must be running (on a virtual clock, the caller advances it meanwhile).
func Deploy(ctx context.Context, d *Driver, cfg DeployConfig) (Contracts, error) {
	if err := cfg.Check(); err != nil {
		return Contracts{}, err
	}
	if !d.isStarted() {
		return Contracts{}, ErrNotStarted
	}
	cfg = cfg.withDefaults(d.cfg.SlotDuration)
	from := crypto.PubkeyToAddress(cfg.Deployer.PublicKey)
	ec := d.node.EthClient()
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return Contracts{}, fmt.Errorf("%w: nonce: %w", ErrDeploy, err)
	}
	out := Contracts{
		Verifier: crypto.CreateAddress(from, nonce), Inbox: crypto.CreateAddress(from, nonce+1),
		Demo: crypto.CreateAddress(from, nonce+2), Account: crypto.CreateAddress(from, nonce+3),
	}
	out.Config = bindings.InboxConfig{
		GenesisTime: uint64(d.cfg.GenesisTime.Unix()), SlotSeconds: uint64(d.cfg.SlotDuration / time.Second),
		L2ChainId: new(big.Int).SetUint64(cfg.L2ChainID), L2GenesisHash: cfg.L2GenesisHash,
		L2GenesisStateRoot: cfg.L2GenesisStateRoot, Sequencer: cfg.Sequencer, StateVerifier: out.Verifier,
		ForcedInclusionFee: cfg.ForcedInclusionFee, ForcedInclusionDelay: uint64(cfg.ForcedInclusionDelay / time.Second),
		ForcedInclusionCap: cfg.ForcedInclusionCap, ForcedTxMaxBytes: cfg.ForcedTxMaxBytes,
		CertificateVerifier: cfg.CertificateVerifier,
	}
	codes := [][]byte{
		deployCode(bindings.AttestationVerifierMetaData.Bin, bindings.NewAttestationVerifier().PackConstructor(cfg.Attester)),
		deployCode(bindings.BasedInboxMetaData.Bin, bindings.NewBasedInbox().PackConstructor(out.Config)),
		deployCode(bindings.SyncDemoMetaData.Bin, bindings.NewSyncDemo().PackConstructor(out.Inbox)),
		deployCode(basedaccount.BasedAccountMetaData.Bin, nil),
	}
	start := d.LastSlot()
	var txs []*types.Transaction
	for i, code := range codes {
		tx, err := d.signCreate(ctx, ec, cfg.Deployer, nonce+uint64(i), code)
		if err != nil {
			return Contracts{}, err
		}
		if err := ec.SendTransaction(ctx, tx); err != nil {
			return Contracts{}, fmt.Errorf("%w: send: %w", ErrDeploy, err)
		}
		txs = append(txs, tx)
	}
	receipts, err := d.waitMined(ctx, ec, start, txs)
	if err != nil {
		return Contracts{}, err
	}
	out.Block = receipts[1].BlockNumber.Uint64()
	d.log.Info().Str("inbox", out.Inbox.Hex()).Str("verifier", out.Verifier.Hex()).Str("demo", out.Demo.Hex()).
		Str("account", out.Account.Hex()).
		Uint64("block_number", out.Block).Msg("contracts deployed")
	return out, nil
}

func deployCode(bin string, args []byte) []byte {
	return append(common.FromHex(bin), args...)
}

// signCreate signs a contract creation with an estimated gas limit and a fee cap that
// survives a few base fee rises.
func (d *Driver) signCreate(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, code []byte) (*types.Transaction, error) {
	return d.signTx(ctx, ec, key, nonce, nil, code)
}

// signCall signs a call to to, as signCreate does.
func (d *Driver) signCall(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, to common.Address, data []byte) (*types.Transaction, error) {
	return d.signTx(ctx, ec, key, nonce, &to, data)
}

func (d *Driver) signTx(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, to *common.Address, data []byte) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%w: estimate gas: %w", ErrDeploy, err)
	}
	gas = min(gas+gas/5, params.MaxTxGas)
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: head: %w", ErrDeploy, err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	chainID := new(big.Int).SetUint64(d.cfg.ChainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: sign: %w", ErrDeploy, err)
	}
	return tx, nil
}

// waitMined follows the slot reports after slot start until every tx is in a block, then
// reads the receipts by block (the node indexes transactions asynchronously) and requires
// them successful.
func (d *Driver) waitMined(ctx context.Context, ec *ethclient.Client, start uint64, txs []*types.Transaction) ([]*types.Receipt, error) {
	want := map[common.Hash]bool{}
	for _, tx := range txs {
		want[tx.Hash()] = true
	}
	blocks := map[common.Hash]common.Hash{} // tx hash -> block hash
	for s := start + 1; len(blocks) < len(txs); s++ {
		if s > start+deploySlots {
			return nil, fmt.Errorf("%w: not mined within %d slots", ErrDeploy, deploySlots)
		}
		rep, err := d.WaitSlot(ctx, s)
		if errors.Is(err, ErrNoReport) {
			continue // before the slot loop's first slot: no block
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDeploy, err)
		}
		if rep.Block == nil {
			continue
		}
		for _, tx := range rep.Block.Transactions() {
			if want[tx.Hash()] {
				blocks[tx.Hash()] = rep.Block.Hash()
			}
		}
	}
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		rs, err := ec.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(blocks[tx.Hash()], true))
		if err != nil {
			return nil, fmt.Errorf("%w: receipts of block %s: %w", ErrDeploy, blocks[tx.Hash()], err)
		}
		for _, r := range rs {
			if r.TxHash == tx.Hash() {
				out[i] = r
			}
		}
		if out[i] == nil || out[i].Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("%w: creation %s failed", ErrDeploy, tx.Hash())
		}
	}
	return out, nil
}
