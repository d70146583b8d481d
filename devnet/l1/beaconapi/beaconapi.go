// Package beaconapi is the devnet's beacon node: a beaconstandin stand-in driven by the devnet's
// L1 chain. It derives everything a consensus client would add to the execution chain from the
// slot number and the execution block hashes (beacon block roots, prev randao, proposers,
// duties), so the sidecar's beacon tracker runs against it as against a real node.
package beaconapi

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/flashbots/go-boost-utils/bls"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/beaconstandin"
)

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("beaconapi: invalid config")

// Version is the fork name in payload_attributes events.
const Version = "fulu"

// nodeVersion is served by /eth/v1/node/version.
const nodeVersion = "syncboost-devnet/beaconapi"

// GenesisForkVersion is the devnet's, served by /eth/v1/beacon/genesis; not mainnet's zero, so
// a signature under another chain's builder domain does not verify here.
func GenesisForkVersion() [4]byte { return [4]byte{0x10, 0x00, 0x00, 0x38} }

// Config describes the beacon chain over the devnet's L1.
type Config struct {
	// GenesisTime is the L1 genesis block's timestamp (whole seconds).
	GenesisTime   time.Time
	SlotDuration  time.Duration // whole seconds: execution timestamps are seconds
	SlotsPerEpoch uint64
	// Validators is the size of the validator set; slot s is proposed by s mod Validators.
	Validators uint64
	// FeeRecipient is the proposers' fee recipient.
	FeeRecipient common.Address
	// Gloas schedules the Gloas (ePBS) fork at epoch 0: the fork schedule names it and the
	// Gloas events are served (PublishBid, PublishRevealed, PublishWithheld).
	Gloas bool
}

// Check reports every invalid field.
func (c Config) Check() error {
	var errs []error
	if c.GenesisTime.IsZero() || c.GenesisTime.Truncate(time.Second) != c.GenesisTime {
		errs = append(errs, fmt.Errorf("%w: genesis_time must be set, in whole seconds", ErrConfig))
	}
	if c.SlotDuration < time.Second || c.SlotDuration%time.Second != 0 {
		errs = append(errs, fmt.Errorf("%w: slot_duration %s must be a whole number of seconds", ErrConfig, c.SlotDuration))
	}
	if c.SlotsPerEpoch == 0 {
		errs = append(errs, fmt.Errorf("%w: slots_per_epoch must be > 0", ErrConfig))
	}
	if c.Validators == 0 {
		errs = append(errs, fmt.Errorf("%w: validators must be > 0", ErrConfig))
	}
	return errors.Join(errs...)
}

// Beacon is the stand-in. Its methods are safe for concurrent use.
type Beacon struct {
	cfg   Config
	slots *clock.SlotClock
	srv   *beaconstandin.Server

	mu           sync.Mutex
	dutiesEpochs uint64 // duties are set for epochs below this
	labels       Labels
	suggested    common.Address // suggested_fee_recipient of the next slot's events
}

// Labels is how payload_attributes events are labelled.
type Labels int

const (
	// LabelsSpec: one event per slot, proposal_slot the slot of the timestamp, as the beacon
	// API describes and Lighthouse sends.
	LabelsSpec Labels = iota
	// LabelsPrysm: as stock Prysm v5.3.0 sends them (testdata/beacon/prysm-v5.3.0): with each
	// head an extra event for the head's own slot, on the head, carrying the proposers' fee
	// recipient; and the next slot's event labelled with the head's slot, carrying the
	// suggested fee recipient. The recording has no missed slot under these labels; a missed
	// slot's event gets the head's slot too.
	LabelsPrysm
)

// SetLabels sets how later payload_attributes events are labelled.
func (b *Beacon) SetLabels(l Labels) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.labels = l
}

// SetSuggestedFeeRecipient sets the suggested_fee_recipient of the next slot's events
// (Config.FeeRecipient at start). The zero address is what Prysm sends when its validators set
// none; the blocks themselves keep paying Config.FeeRecipient.
func (b *Beacon) SetSuggestedFeeRecipient(addr common.Address) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.suggested = addr
}

func (b *Beacon) style() (Labels, common.Address) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.labels, b.suggested
}

// New starts the stand-in on a free loopback port.
func New(cfg Config) (*Beacon, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	slots, err := clock.NewSlotClock(cfg.GenesisTime, cfg.SlotDuration)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	srv, err := beaconstandin.New(beaconstandin.Config{
		GenesisTime: cfg.GenesisTime, SlotDuration: cfg.SlotDuration, SlotsPerEpoch: cfg.SlotsPerEpoch,
		SlotDurationMS: true, NodeVersion: nodeVersion,
		GenesisValidatorsRoot: crypto.Keccak256Hash([]byte("syncboost/devnet/genesis-validators")),
		GenesisForkVersion:    GenesisForkVersion(),
		GloasForkEpoch:        gloasEpoch(cfg.Gloas),
	})
	if err != nil {
		return nil, fmt.Errorf("beaconapi: %w", err)
	}
	return &Beacon{cfg: cfg, slots: slots, srv: srv, suggested: cfg.FeeRecipient}, nil
}

// URL is the beacon API base URL.
func (b *Beacon) URL() string { return b.srv.URL() }

// Close ends every event stream and stops the server.
func (b *Beacon) Close() { b.srv.Close() }

// Server is the underlying stand-in, for faults (Down, Up, SetOptimistic) and request counts.
func (b *Beacon) Server() *beaconstandin.Server { return b.srv }

// Config returns the configuration.
func (b *Beacon) Config() Config { return b.cfg }

// SlotOf is the slot of an execution block, from its timestamp.
func (b *Beacon) SlotOf(h *types.Header) uint64 {
	return b.slots.SlotAt(time.Unix(int64(h.Time), 0))
}

// SlotTime is the timestamp of the execution block of slot.
func (b *Beacon) SlotTime(slot uint64) uint64 {
	return uint64(b.slots.SlotStart(slot).Unix())
}

// BlockRoot is the beacon block root of the block carrying execution block h.
func (b *Beacon) BlockRoot(h *types.Header) common.Hash {
	return BlockRoot(b.SlotOf(h), h.Hash())
}

// BlockRoot is the synthetic beacon block root of the block for slot whose execution payload
// is execHash: a sibling payload in the same slot gets another root, as it would on mainnet.
func BlockRoot(slot uint64, execHash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("syncboost/devnet/beacon-block"), u64(slot), execHash[:])
}

// StateRoot is the synthetic beacon state root after block root.
func StateRoot(root common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("syncboost/devnet/beacon-state"), root[:])
}

// PrevRandao is the randao mix the block of slot carries.
func PrevRandao(slot uint64) common.Hash {
	return crypto.Keccak256Hash([]byte("syncboost/devnet/randao"), u64(slot))
}

// DutyDependentRoot stands for the block root the proposer duties of epoch depend on.
func DutyDependentRoot(epoch uint64) common.Hash {
	return crypto.Keccak256Hash([]byte("syncboost/devnet/duties"), u64(epoch))
}

// ProposerIndex is the validator proposing slot.
func (b *Beacon) ProposerIndex(slot uint64) uint64 { return slot % b.cfg.Validators }

// ValidatorKey is validator index's BLS secret key, derived from the index so that the beacon
// stand-in's duties and the devnet relays' registrations name the same keys.
func ValidatorKey(index uint64) *bls.SecretKey {
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("syncboost/devnet/validator-key"), u64(index)))
	if err != nil {
		panic(fmt.Sprintf("beaconapi: validator %d key: %v", index, err)) // a zero hash mod r: never
	}
	return sk
}

// Pubkey is validator index's BLS public key, as proposer duties serve it.
func Pubkey(index uint64) [48]byte {
	pk, err := bls.PublicKeyFromSecretKey(ValidatorKey(index))
	if err != nil {
		panic(fmt.Sprintf("beaconapi: validator %d pubkey: %v", index, err))
	}
	return [48]byte(bls.PublicKeyToBytes(pk))
}

// Attributes are the payload attributes of the block for slot on parent: the slot's
// timestamp and randao, the proposers' fee recipient, no withdrawals, and the parent's beacon
// block root.
func (b *Beacon) Attributes(slot uint64, parent *types.Header) builderhook.Attributes {
	return builderhook.Attributes{
		Timestamp: b.SlotTime(slot), FeeRecipient: b.cfg.FeeRecipient, PrevRandao: PrevRandao(slot),
		Withdrawals: types.Withdrawals{}, BeaconRoot: b.BlockRoot(parent),
	}
}

// SetHead makes h the served head without an event (at start, before anyone listens).
func (b *Beacon) SetHead(h *types.Header) {
	slot := b.SlotOf(h)
	b.ensureDuties(slot / b.cfg.SlotsPerEpoch)
	b.setBlock(h)
	b.srv.SetHead(slot, b.BlockRoot(h))
}

// setBlock serves h's beacon block at /eth/v2/beacon/blocks.
func (b *Beacon) setBlock(h *types.Header) {
	blk := beaconstandin.Block{Version: Version, Slot: b.SlotOf(h), ProposerIndex: b.ProposerIndex(b.SlotOf(h)),
		StateRoot: StateRoot(b.BlockRoot(h)), Payload: beaconstandin.PayloadOf(h)}
	if h.ParentBeaconRoot != nil {
		blk.ParentRoot = *h.ParentBeaconRoot
	}
	b.srv.SetBlock(b.BlockRoot(h), blk)
}

// PublishHead publishes a head event for h (under LabelsPrysm after the event for h's own
// slot, as Prysm sends it).
func (b *Beacon) PublishHead(h *types.Header) {
	slot := b.SlotOf(h)
	epoch := slot / b.cfg.SlotsPerEpoch
	b.ensureDuties(epoch)
	b.setBlock(h)
	root := b.BlockRoot(h)
	if labels, _ := b.style(); labels == LabelsPrysm {
		b.srv.PublishPayloadAttributes(beaconstandin.AttributesEvent{
			Version: Version, ProposerIndex: b.ProposerIndex(slot), ProposalSlot: slot,
			ParentBlockNumber: h.Number.Uint64(), ParentBlockRoot: root, ParentBlockHash: h.Hash(),
			Timestamp: b.SlotTime(slot), PrevRandao: PrevRandao(slot), SuggestedFeeRecipient: b.cfg.FeeRecipient,
			Withdrawals: []beaconstandin.Withdrawal{}, ParentBeaconBlockRoot: root,
		})
	}
	prev := epoch
	if prev > 0 {
		prev--
	}
	b.srv.PublishHead(beaconstandin.HeadEvent{
		Slot: slot, Block: root, State: StateRoot(root), EpochTransition: slot%b.cfg.SlotsPerEpoch == 0,
		PreviousDutyDependentRoot: DutyDependentRoot(prev), CurrentDutyDependentRoot: DutyDependentRoot(epoch),
	})
}

// PublishReorg publishes chain_reorg from old to replacement, its sibling of the same slot,
// then the head event of replacement.
func (b *Beacon) PublishReorg(old, replacement *types.Header) {
	slot := b.SlotOf(replacement)
	oldRoot, newRoot := b.BlockRoot(old), b.BlockRoot(replacement)
	b.srv.PublishReorg(beaconstandin.ReorgEvent{
		Slot: slot, Depth: 1, OldHeadBlock: oldRoot, NewHeadBlock: newRoot,
		OldHeadState: StateRoot(oldRoot), NewHeadState: StateRoot(newRoot), Epoch: slot / b.cfg.SlotsPerEpoch,
	})
	b.PublishHead(replacement)
}

// PublishAttributes publishes payload_attributes for the block of slot on parent, the event a
// beacon node run with always-prepare-payload emits once the parent is its head, labelled as
// SetLabels says.
func (b *Beacon) PublishAttributes(slot uint64, parent *types.Header) {
	a := b.Attributes(slot, parent)
	labels, suggested := b.style()
	label := slot
	if labels == LabelsPrysm {
		label = b.SlotOf(parent)
	}
	b.srv.PublishPayloadAttributes(beaconstandin.AttributesEvent{
		Version: Version, ProposerIndex: b.ProposerIndex(slot), ProposalSlot: label,
		ParentBlockNumber: parent.Number.Uint64(), ParentBlockRoot: a.BeaconRoot, ParentBlockHash: parent.Hash(),
		Timestamp: a.Timestamp, PrevRandao: a.PrevRandao, SuggestedFeeRecipient: suggested,
		Withdrawals: []beaconstandin.Withdrawal{}, ParentBeaconBlockRoot: a.BeaconRoot,
	})
}

// ensureDuties sets the proposer duties of epochs up to epoch+1, which is what a tracker at
// epoch asks for.
func (b *Beacon) ensureDuties(epoch uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ; b.dutiesEpochs <= epoch+1; b.dutiesEpochs++ {
		e := b.dutiesEpochs
		list := make([]beaconstandin.Duty, 0, b.cfg.SlotsPerEpoch)
		for s := e * b.cfg.SlotsPerEpoch; s < (e+1)*b.cfg.SlotsPerEpoch; s++ {
			idx := b.ProposerIndex(s)
			list = append(list, beaconstandin.Duty{Slot: s, ValidatorIndex: idx, Pubkey: Pubkey(idx)})
		}
		b.srv.SetDuties(e, DutyDependentRoot(e), list)
	}
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
