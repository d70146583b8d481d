// Package committee follows the BLS committee that certifies the sequencer's messages as it
// rotates on L1: it reads the BLSCommittee contract's state at each head and, when the contract
// names another committee, rebuilds it from the contract's CommitteeRotationProposed event and
// installs it, without a restart (docs/protocol.md "Committee rotation").
package committee

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

var (
	ErrConfig = errors.New("invalid committee follower config")
	// ErrNotFound: the contract names a committee (epoch, membersHash) that no
	// CommitteeRotationProposed event of the contract lists.
	ErrNotFound = errors.New("no rotation event of the committee contract has the on-chain members")
	// ErrMembersHash: a rotation event's keys do not hash to the contract's membersHash.
	ErrMembersHash = errors.New("rotation event's keys do not hash to the on-chain membersHash")
)

// Chain is the L1 execution client (ethclient satisfies it).
type Chain interface {
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Config names the committee to follow.
type Config struct {
	// Inbox is the BasedInbox; its certificateVerifier is the BLSCommittee followed.
	Inbox common.Address
	// Initial is the committee of sequencer.committee_file, what is in force until the chain
	// has been read.
	Initial *bundle.Committee
}

// Check validates the config.
func (c Config) Check() error {
	if c.Inbox == (common.Address{}) || c.Initial == nil {
		return fmt.Errorf("%w: inbox address and the initial committee are required", ErrConfig)
	}
	return nil
}

// member is a committee with its membersHash, as the contract keeps it.
type member struct {
	c    *bundle.Committee
	hash common.Hash
}

func newMember(c *bundle.Committee) member {
	return member{c: c, hash: crypto.Keccak256Hash(c.Points())}
}

// view is what certificates are checked against: the committee in force at the last head read
// and the proposed next one, if any.
type view struct {
	current member
	next    *member
}

// Follower is the committee in force, read from L1. Committee and Authority are safe for
// concurrent use with Follow; Follow calls are serialised.
type Follower struct {
	cfg   Config
	chain Chain
	log   zerolog.Logger
	abi   *bindings.BLSCommittee
	view  atomic.Pointer[view]

	mu    sync.Mutex
	addr  common.Address         // the BLSCommittee, once read from the inbox
	known map[common.Hash]member // committees rebuilt from events, by membersHash
}

// New checks cfg; the initial committee is in force until Start or Follow read the chain.
func New(cfg Config, chain Chain, log zerolog.Logger) (*Follower, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if chain == nil {
		return nil, fmt.Errorf("%w: no L1 client", ErrConfig)
	}
	f := &Follower{cfg: cfg, chain: chain, log: log.With().Str("component", "committee").Logger(), abi: bindings.NewBLSCommittee(), known: map[common.Hash]member{}}
	f.view.Store(&view{current: newMember(cfg.Initial)})
	return f, nil
}

// Committee is the committee that certifies for epoch: the proposed next committee for its
// epoch, else the committee in force (whose check then names the wrong epoch).
func (f *Follower) Committee(epoch uint64) *bundle.Committee {
	v := f.view.Load()
	if v.next != nil && v.next.c.Epoch == epoch {
		return v.next.c
	}
	return v.current.c
}

// Authority is the authority for a certificate of epoch (Committee).
func (f *Follower) Authority(epoch uint64) bundle.Authority {
	return bundle.Authority{Committee: f.Committee(epoch)}
}

// Current is the committee in force at the last head read.
func (f *Follower) Current() *bundle.Committee { return f.view.Load().current.c }
