package pipeline_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/sidecar/internal/inbox"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// rigCommittee is the committee the committee rig's inbox verifies through BLSCommittee.
type rigCommittee struct {
	keys     []*bundle.BLSKey
	c        *bundle.Committee
	verifier common.Address
}

func (c *rigCommittee) Committee(uint64) *bundle.Committee { return c.c }

func (c *rigCommittee) Verifier(context.Context, common.Hash) (common.Address, error) {
	return c.verifier, nil
}

// newCommitteeRig is the rig whose inbox takes certificates of a four-member BLSCommittee,
// deployed and registered in block 1 after the rest (the deployer's nonces 5 and 6).
func newCommitteeRig(t *testing.T) (*rig, *rigCommittee) {
	rc := &rigCommittee{verifier: crypto.CreateAddress(addr(deployer), 5)}
	pubkeys, pops := make([][]byte, 4), make([][]byte, 4)
	var members []bindings.BLSCommitteeMember
	for i := range 4 {
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte(fmt.Sprintf("rig committee member %d", i))))
		must(t, err)
		rc.keys, pubkeys[i], pops[i] = append(rc.keys, k), k.Pubkey(), k.ProvePossession()
		pt, err := bundle.PubkeyPoint(pubkeys[i])
		must(t, err)
		pop, err := bundle.SignaturePoint(pops[i])
		must(t, err)
		members = append(members, bindings.BLSCommitteeMember{Pubkey: pubkeys[i], Point: pt, Pop: pop})
	}
	var err error
	rc.c, err = bundle.NewCommittee(0, pubkeys, pops)
	must(t, err)
	ab := bindings.NewBLSCommittee()
	deploy := func(r *rig) []*types.Transaction {
		code := append(common.FromHex(bindings.BLSCommitteeMetaData.Bin), ab.PackConstructor(addr(deployer), 600)...)
		return []*types.Transaction{r.tx(deployer, l1ChainID, nil, code, 6_000_000),
			r.tx(deployer, l1ChainID, &rc.verifier, ab.PackInitialize(members), 6_000_000)}
	}
	r := newRigExtra(t, 6, clock.NewVirtual(time.Time{}), deploy, func(c *bindings.InboxConfig) {
		c.Sequencer, c.CertificateVerifier = common.Address{}, rc.verifier
	})
	return r, rc
}

// committeeMessage is the rig's message certified by the members signing.
func (r *rig) committeeMessage(rc *rigCommittee, signing ...int) pipeline.Message {
	msg := r.message()
	digest := msg.Digest(bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr})
	votes := map[int][]byte{}
	for _, i := range signing {
		votes[i] = rc.keys[i].Vote(digest)
	}
	cert, err := bundle.AggregateVotes(0, len(rc.keys), votes)
	must(r.t, err)
	msg.Certificate = cert
	return msg
}

// Under committee certificates the stand-in takes the committee's place in the verifier's
// storage, every member of its own signing. The committee's real certificate, of three of its
// four members, holds: the slot is sent without another simulation, sends what the full path
// sends, and lands on L1 through the verifier's real check.
func TestCommitteeSpeculationHitLands(t *testing.T) {
	r, rc := newCommitteeRig(t)
	ctx := context.Background()
	si, err := pipeline.NewStandIn(pipeline.StandInConfig{Inbox: r.inboxAddr, L1ChainID: l1ChainID, Committees: rc}, r.l1c)
	must(t, err)
	r.inbox, err = inbox.New(inbox.Config{Address: r.inboxAddr, L1ChainID: l1ChainID, L1Rules: r.l1.ChainConfig(),
		Committees: si.InboxCommittees()}, r.l1c, r.signer)
	must(t, err)
	r.deps.Inbox, r.deps.Forced = r.inbox, r.inbox
	r.p, err = pipeline.New(r.cfg, r.deps)
	must(t, err)
	r.searcherBundle(0, common.Address{0xaa}, true)
	r.searcherBundle(1, common.Address{0xbb}, true)
	msg := r.committeeMessage(rc, 0, 1, 3)
	full, err := r.p.Handle(ctx, msg)
	must(t, err)

	deps := r.deps
	deps.StandIn = si
	p, err := pipeline.New(r.cfg, deps)
	must(t, err)
	hitSendsAndLands(t, r, p, msg, full)
}
