package l1

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// DeployCommittee deploys BLSCommittee with the deployer as its registrar and registers keys
// (member i is keys[i]) as its epoch-0 committee, each with its proof of possession; the inbox
// takes its address as InboxConfig.certificateVerifier (DeployConfig.CertificateVerifier).
func DeployCommittee(ctx context.Context, d *Driver, deployer *ecdsa.PrivateKey, keys []*bundle.BLSKey) (common.Address, error) {
	if deployer == nil || len(keys) == 0 {
		return common.Address{}, fmt.Errorf("%w: committee: deployer and at least one key required", ErrDeployConfig)
	}
	if !d.isStarted() {
		return common.Address{}, ErrNotStarted
	}
	members, err := committeeMembers(keys)
	if err != nil {
		return common.Address{}, err
	}
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	ec := d.node.EthClient()
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: nonce: %w", ErrDeploy, err)
	}
	ab := bindings.NewBLSCommittee()
	addr := crypto.CreateAddress(from, nonce)
	create, err := d.signCreate(ctx, ec, deployer, nonce, deployCode(bindings.BLSCommitteeMetaData.Bin, ab.PackConstructor(from)))
	if err != nil {
		return common.Address{}, err
	}
	start := d.LastSlot()
	if err := ec.SendTransaction(ctx, create); err != nil {
		return common.Address{}, fmt.Errorf("%w: send committee: %w", ErrDeploy, err)
	}
	if _, err := d.waitMined(ctx, ec, start, []*types.Transaction{create}); err != nil {
		return common.Address{}, err
	}
	// initialize runs the precompiles over every proof of possession: estimated once the code is there.
	init, err := d.signCall(ctx, ec, deployer, nonce+1, addr, ab.PackInitialize(members))
	if err != nil {
		return common.Address{}, err
	}
	start = d.LastSlot()
	if err := ec.SendTransaction(ctx, init); err != nil {
		return common.Address{}, fmt.Errorf("%w: send committee initialize: %w", ErrDeploy, err)
	}
	if _, err := d.waitMined(ctx, ec, start, []*types.Transaction{init}); err != nil {
		return common.Address{}, err
	}
	d.log.Info().Str("committee", addr.Hex()).Int("members", len(keys)).Msg("BLS committee deployed")
	return addr, nil
}

func committeeMembers(keys []*bundle.BLSKey) ([]bindings.BLSCommitteeMember, error) {
	out := make([]bindings.BLSCommitteeMember, len(keys))
	for i, k := range keys {
		pt, err := bundle.PubkeyPoint(k.Pubkey())
		if err != nil {
			return nil, fmt.Errorf("%w: committee member %d: %w", ErrDeployConfig, i, err)
		}
		pop, err := bundle.SignaturePoint(k.ProvePossession())
		if err != nil {
			return nil, fmt.Errorf("%w: committee member %d: %w", ErrDeployConfig, i, err)
		}
		out[i] = bindings.BLSCommitteeMember{Pubkey: k.Pubkey(), Point: pt, Pop: pop}
	}
	return out, nil
}
