package committee

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// chain is a real in-process go-ethereum node with a BLSCommittee and a BasedInbox that
// verifies certificates through it.
type chain struct {
	t         *testing.T
	sim       *simulated.Backend
	client    simulated.Client
	key       *ecdsa.PrivateKey
	signer    types.Signer
	abi       *bindings.BLSCommittee
	committee common.Address
	inbox     common.Address
	keys      []*bundle.BLSKey // the committee in force on the contract
}

func blsKeys(t *testing.T, n int, tag string) []*bundle.BLSKey {
	t.Helper()
	keys := make([]*bundle.BLSKey, n)
	for i := range keys {
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte(fmt.Sprintf("committee %s member %d", tag, i))))
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	return keys
}

func goCommittee(t testing.TB, epoch uint64, keys []*bundle.BLSKey) *bundle.Committee {
	t.Helper()
	var pks, pops [][]byte
	for _, k := range keys {
		pks, pops = append(pks, k.Pubkey()), append(pops, k.ProvePossession())
	}
	c, err := bundle.NewCommittee(epoch, pks, pops)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func members(t *testing.T, keys []*bundle.BLSKey) []bindings.BLSCommitteeMember {
	t.Helper()
	out := make([]bindings.BLSCommitteeMember, len(keys))
	for i, k := range keys {
		pt, err := bundle.PubkeyPoint(k.Pubkey())
		if err != nil {
			t.Fatal(err)
		}
		pop, err := bundle.SignaturePoint(k.ProvePossession())
		if err != nil {
			t.Fatal(err)
		}
		out[i] = bindings.BLSCommitteeMember{Pubkey: k.Pubkey(), Point: pt, Pop: pop}
	}
	return out
}

func newChain(t *testing.T, keys []*bundle.BLSKey) *chain {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("committee deployer")))
	sim := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: new(big.Int).Lsh(big.NewInt(1), 70)}})
	t.Cleanup(func() { _ = sim.Close() })
	c := &chain{t: t, sim: sim, client: sim.Client(), key: key, abi: bindings.NewBLSCommittee()}
	id, err := c.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.signer = types.LatestSignerForChainID(id)
	c.committee = c.deployCommittee(keys)
	c.keys = keys
	ib := bindings.NewBasedInbox()
	c.inbox = c.deploy(append(common.FromHex(bindings.BasedInboxMetaData.Bin), ib.PackConstructor(bindings.InboxConfig{
		GenesisTime: 1, SlotSeconds: 12, L2ChainId: big.NewInt(7), L2GenesisHash: common.Hash{1}, L2GenesisStateRoot: common.Hash{2},
		ForcedInclusionFee: big.NewInt(1), ForcedInclusionDelay: 1, ForcedInclusionCap: 1, ForcedTxMaxBytes: 1000,
		CertificateVerifier: c.committee})...))
	return c
}

// deployCommittee deploys a BLSCommittee and registers keys as its epoch-0 committee.
func (c *chain) deployCommittee(keys []*bundle.BLSKey) common.Address {
	addr := c.deploy(append(common.FromHex(bindings.BLSCommitteeMetaData.Bin), c.abi.PackConstructor(crypto.PubkeyToAddress(c.key.PublicKey), 600)...))
	c.send(&addr, c.abi.PackInitialize(members(c.t, keys)))
	return addr
}

func (c *chain) deploy(code []byte) common.Address {
	c.t.Helper()
	tx := c.send(nil, code)
	r, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatal(err)
	}
	return r.ContractAddress
}

// send lands one transaction in its own block and requires it to succeed.
func (c *chain) send(to *common.Address, data []byte) *types.Transaction {
	c.t.Helper()
	ctx := context.Background()
	nonce, err := c.client.PendingNonceAt(ctx, crypto.PubkeyToAddress(c.key.PublicKey))
	if err != nil {
		c.t.Fatal(err)
	}
	tx := types.MustSignNewTx(c.key, c.signer, &types.DynamicFeeTx{Nonce: nonce, To: to, Data: data, Gas: 15_000_000,
		GasFeeCap: big.NewInt(5e10), GasTipCap: big.NewInt(1e9)})
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		c.t.Fatal(err)
	}
	c.sim.Commit()
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("tx %s: receipt %v, %v", tx.Hash(), r, err)
	}
	return tx
}

// certify is a certificate over digest by members 0..2 of keys for epoch.
func certify(t *testing.T, epoch uint64, digest common.Hash, keys []*bundle.BLSKey) bundle.Certificate {
	t.Helper()
	votes := map[int][]byte{}
	for i := range 3 {
		votes[i] = keys[i].Vote(digest)
	}
	cert, err := bundle.AggregateVotes(epoch, len(keys), votes)
	if err != nil {
		t.Fatal(err)
	}
	return cert
}

// propose has the contract at addr, whose committee is keys for epoch, propose next.
func (c *chain) propose(addr common.Address, epoch uint64, keys, next []*bundle.BLSKey) {
	c.t.Helper()
	var nextKeys [][]byte
	for _, k := range next {
		nextKeys = append(nextKeys, k.Pubkey())
	}
	out, err := c.client.CallContract(context.Background(), callMsg(addr, c.abi.PackRotationDigest(nextKeys)), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	digest, err := c.abi.UnpackRotationDigest(out)
	if err != nil {
		c.t.Fatal(err)
	}
	arg, err := bindings.CommitteeCertificate(certify(c.t, epoch, digest, keys), goCommittee(c.t, epoch, keys))
	if err != nil {
		c.t.Fatal(err)
	}
	c.send(&addr, c.abi.PackProposeRotation(members(c.t, next), arg))
}

func (c *chain) activate() {
	c.t.Helper()
	// Every send was mined, but the pool drops mined transactions only when it next resets,
	// and AdjustTime refuses while it still lists them: clear it first.
	c.sim.Rollback()
	if err := c.sim.AdjustTime(10 * time.Minute); err != nil {
		c.t.Fatal(err)
	}
	c.send(&c.committee, c.abi.PackActivateRotation())
}

func (c *chain) head() common.Hash {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Hash()
}

// l1 is the client as the follower uses it (the ethclient behind simulated.Client).
func (c *chain) l1() Chain { return c.client.(Chain) }
