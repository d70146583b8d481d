package l1

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// DeployCommittee deploys BLSCommittee with the deployer as its registrar and registers keys
// (member i is keys[i]) as its epoch-0 committee, each with its proof of possession; the inbox
// takes its address as InboxConfig.certificateVerifier (DeployConfig.CertificateVerifier). A
// rotation takes effect rotationDelay seconds after it is proposed.
func DeployCommittee(ctx context.Context, d *Driver, deployer *ecdsa.PrivateKey, keys []*bundle.BLSKey, rotationDelay uint64) (common.Address, error) {
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
	create, err := d.signCreate(ctx, ec, deployer, nonce, deployCode(bindings.BLSCommitteeMetaData.Bin, ab.PackConstructor(from, rotationDelay)))
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

// ProposeRotation has the committee at addr take next as its following committee, with cert the
// current committee's certificate over RotationDigest(next); it returns when the proposal is
// mined, with the time the rotation may be activated.
func ProposeRotation(ctx context.Context, d *Driver, from *ecdsa.PrivateKey, addr common.Address, next []*bundle.BLSKey, cert []byte) (uint64, error) {
	members, err := committeeMembers(next)
	if err != nil {
		return 0, err
	}
	ab := bindings.NewBLSCommittee()
	if err := d.transact(ctx, from, addr, ab.PackProposeRotation(members, cert)); err != nil {
		return 0, fmt.Errorf("propose rotation: %w", err)
	}
	out, err := d.node.EthClient().CallContract(ctx, ethereum.CallMsg{To: &addr, Data: ab.PackNextActiveAt()}, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: nextActiveAt: %w", ErrDeploy, err)
	}
	return ab.UnpackNextActiveAt(out)
}

// RotationDigest is what the committee at addr certifies to hand over to next.
func RotationDigest(ctx context.Context, d *Driver, addr common.Address, next []*bundle.BLSKey) (common.Hash, error) {
	keys := make([][]byte, len(next))
	for i, k := range next {
		keys[i] = k.Pubkey()
	}
	ab := bindings.NewBLSCommittee()
	out, err := d.node.EthClient().CallContract(ctx, ethereum.CallMsg{To: &addr, Data: ab.PackRotationDigest(keys)}, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: rotationDigest: %w", ErrDeploy, err)
	}
	return ab.UnpackRotationDigest(out)
}

// ActivateRotation installs the proposed committee (its delay passed) and returns once it is mined.
func ActivateRotation(ctx context.Context, d *Driver, from *ecdsa.PrivateKey, addr common.Address) error {
	if err := d.transact(ctx, from, addr, bindings.NewBLSCommittee().PackActivateRotation()); err != nil {
		return fmt.Errorf("activate rotation: %w", err)
	}
	return nil
}

// transact sends one call from key and waits until it is mined, successfully.
func (d *Driver) transact(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte) error {
	if !d.isStarted() {
		return ErrNotStarted
	}
	ec := d.node.EthClient()
	nonce, err := ec.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		return fmt.Errorf("%w: nonce: %w", ErrDeploy, err)
	}
	tx, err := d.signCall(ctx, ec, key, nonce, to, data)
	if err != nil {
		return err
	}
	start := d.LastSlot()
	if err := ec.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("%w: send: %w", ErrDeploy, err)
	}
	_, err = d.waitMined(ctx, ec, start, []*types.Transaction{tx})
	return err
}
