package pipeline

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// The committee stand-in. BLSCommittee checks a certificate against its storage (the epoch, the
// hash of the members' points, the size) and reads the points from the certificate itself, so
// the stand-in keeps the verifier's code and overrides those three slots with a committee of
// its own of the same size, under an epoch of its own. The inbox packs the stand-in's
// certificates with its points (InboxCommittees). Gas then differs from the real certificate's
// only in bytes the stand-in makes dearer: every member signs, and no key has a zero byte.

// BLSCommittee's storage slots (contracts/src/BLSCommittee.sol; a test checks them against
// the getters on a deployed contract).
var (
	committeeEpochSlot = common.BigToHash(big.NewInt(0))
	committeeHashSlot  = common.BigToHash(big.NewInt(1))
	committeeSizeSlot  = common.BigToHash(big.NewInt(2))
)

// standInEpochBit marks the stand-in's epochs: epoch e is stood in for under e|standInEpochBit,
// which no committee reaches, so the inbox's packer tells the stand-in's certificates apart.
const standInEpochBit = uint64(1) << 63

const maxCommitteeSize = 128 // BLSCommittee.MAX_MEMBERS

// standInCommittee is a committee whose keys the stand-in holds.
type standInCommittee struct {
	keys []*bundle.BLSKey
	c    *bundle.Committee

	mu    sync.Mutex
	certs map[common.Hash]bundle.Certificate // by digest: a refresh certifies the same prediction again
}

// certify is a certificate of every member over digest.
func (c *standInCommittee) certify(digest common.Hash) (bundle.Certificate, error) {
	c.mu.Lock()
	cert, ok := c.certs[digest]
	c.mu.Unlock()
	if ok {
		return cert, nil
	}
	votes := make(map[int][]byte, len(c.keys))
	for i, k := range c.keys {
		votes[i] = k.Vote(digest)
	}
	cert, err := bundle.AggregateVotes(c.c.Epoch, len(c.keys), votes)
	if err != nil {
		return cert, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.certs) >= 16 {
		clear(c.certs)
	}
	c.certs[digest] = cert
	return cert, nil
}

// committeeAt reads the verifier's committee at parent and stands in for it.
func (s *StandIn) committeeAt(ctx context.Context, parent common.Hash) (*standInAt, error) {
	verifier, err := s.cfg.Committees.Verifier(ctx, parent)
	if err != nil {
		return nil, fmt.Errorf("committee verifier: %w", err)
	}
	epoch, err := s.word(ctx, verifier, committeeEpochSlot, parent)
	if err != nil {
		return nil, err
	}
	size, err := s.word(ctx, verifier, committeeSizeSlot, parent)
	if err != nil {
		return nil, err
	}
	if size == 0 || size > maxCommitteeSize || epoch&standInEpochBit != 0 {
		return nil, fmt.Errorf("%w at %s: committee epoch %d of %d members", ErrNoStandIn, parent, epoch, size)
	}
	comm, err := s.standInCommittee(epoch|standInEpochBit, int(size))
	if err != nil {
		return nil, err
	}
	slots := map[common.Hash]common.Hash{
		committeeEpochSlot: common.BigToHash(new(big.Int).SetUint64(comm.c.Epoch)),
		committeeHashSlot:  crypto.Keccak256Hash(comm.c.Points()),
	}
	return &standInAt{epoch: epoch, comm: comm, storage: map[common.Address]map[common.Hash]common.Hash{verifier: slots}}, nil
}

// word is a storage slot of the verifier at parent that holds a uint64.
func (s *StandIn) word(ctx context.Context, verifier common.Address, slot, parent common.Hash) (uint64, error) {
	raw, err := s.chain.StorageAtHash(ctx, verifier, slot, parent)
	if err != nil {
		return 0, fmt.Errorf("committee verifier %s slot %s at %s: %w", verifier, slot, parent, err)
	}
	v := new(big.Int).SetBytes(raw)
	if !v.IsUint64() {
		return 0, fmt.Errorf("%w at %s: verifier slot %s holds %s", ErrNoStandIn, parent, slot, v)
	}
	return v.Uint64(), nil
}

// standInCommittee is the stand-in committee of size members under epoch, made once.
func (s *StandIn) standInCommittee(epoch uint64, size int) (*standInCommittee, error) {
	s.mu.Lock()
	c, ok := s.bls[epoch]
	s.mu.Unlock()
	if ok && len(c.keys) == size {
		return c, nil
	}
	keys := make([]*bundle.BLSKey, size)
	pubkeys, pops := make([][]byte, size), make([][]byte, size)
	for i := range keys {
		k, err := noZeroKey()
		if err != nil {
			return nil, err
		}
		keys[i], pubkeys[i], pops[i] = k, k.Pubkey(), k.ProvePossession()
	}
	comm, err := bundle.NewCommittee(epoch, pubkeys, pops)
	if err != nil {
		return nil, fmt.Errorf("stand-in committee: %w", err)
	}
	c = &standInCommittee{keys: keys, c: comm, certs: map[common.Hash]bundle.Certificate{}}
	s.mu.Lock()
	defer s.mu.Unlock()
	keep(s.bls, epoch, c)
	return c, nil
}

// noZeroKey is a fresh BLS key whose point has no zero byte in its coordinates' 48 bytes.
func noZeroKey() (*bundle.BLSKey, error) {
	for range 64 { // each try succeeds with probability about 0.69
		ikm := make([]byte, 32)
		if _, err := rand.Read(ikm); err != nil {
			return nil, err
		}
		k, err := bundle.NewBLSKey(ikm)
		if err != nil {
			return nil, err
		}
		pt, err := bundle.PubkeyPoint(k.Pubkey())
		if err != nil {
			return nil, err
		}
		if noZero(pt[16:64]) && noZero(pt[80:128]) {
			return k, nil
		}
	}
	return nil, fmt.Errorf("stand-in committee: no key without a zero byte in 64 tries")
}

func noZero(b []byte) bool {
	for _, x := range b {
		if x == 0 {
			return false
		}
	}
	return true
}

// sameCommittee: cert is a certificate of the epoch the stand-in stood in for at parent, from a
// committee of the stand-in's size.
func (s *StandIn) sameCommittee(parent common.Hash, cert bundle.Certificate) bool {
	s.mu.Lock()
	at := s.at[parent]
	s.mu.Unlock()
	if at == nil || cert.Kind != bundle.CertCommittee || cert.Epoch != at.epoch {
		return false
	}
	c := s.cfg.Committees.Committee(cert.Epoch)
	return c != nil && c.Epoch == cert.Epoch && c.Size() == len(at.comm.keys)
}

// InboxCommittees are the committees the inbox packs certificates with: the stand-in's under
// its epochs, committees otherwise.
func (s *StandIn) InboxCommittees() CommitteeKeys { return inboxCommittees{s} }

type inboxCommittees struct{ s *StandIn }

func (c inboxCommittees) Committee(epoch uint64) *bundle.Committee {
	if epoch&standInEpochBit == 0 {
		return c.s.cfg.Committees.Committee(epoch)
	}
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	if sc := c.s.bls[epoch]; sc != nil {
		return sc.c
	}
	return nil
}
