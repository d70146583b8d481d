package prover

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
	"github.com/syncboost/syncboost/sidecar/sim"
)

var halfOrder = new(big.Int).Rsh(crypto.S256().Params().N, 1)

func newAttestation(t *testing.T, key int, chainID *big.Int, verifier common.Address) *Attestation {
	t.Helper()
	a, err := NewAttestation(AttestationConfig{Key: gethnode.TestKey(key), ChainID: chainID, Verifier: verifier})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAttestationRecoversToAttester(t *testing.T) {
	chainID, verifier := big.NewInt(1), common.HexToAddress("0x00000000000000000000000000000000000000a7")
	a := newAttestation(t, 0, chainID, verifier)
	root, sig, err := a.Prove(context.Background(), sampleReq)
	if err != nil {
		t.Fatal(err)
	}
	if root != sampleReq.PostStateRoot {
		t.Fatalf("proven root %s, want the simulated %s", root, sampleReq.PostStateRoot)
	}
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %x is not r||s||v with v in {27,28}", sig)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfOrder) > 0 {
		t.Fatal("high s: the verifier rejects it")
	}
	digest := bindings.AttestationDigest(chainID, verifier, sampleReq.ParentStateRoot, sampleReq.Commitment,
		sampleReq.PostStateRoot)
	raw := append([]byte{}, sig...)
	raw[64] -= 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != gethnode.TestAddress(0) {
		t.Fatalf("recovered %s, attester %s", got, gethnode.TestAddress(0))
	}
}

func TestAttestationConfigCheck(t *testing.T) {
	key, id, addr := gethnode.TestKey(0), big.NewInt(1), common.Address{1}
	for name, cfg := range map[string]AttestationConfig{
		"no key":        {ChainID: id, Verifier: addr},
		"no chain id":   {Key: key, Verifier: addr},
		"zero chain id": {Key: key, ChainID: new(big.Int), Verifier: addr},
		"no verifier":   {Key: key, ChainID: id},
	} {
		if _, err := NewAttestation(cfg); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: err = %v, want ErrConfig", name, err)
		}
	}
}

func startL1(t *testing.T) *gethnode.Node {
	t.Helper()
	return gethnodetest.Start(t, gethnode.Config{Accounts: 2})
}

// The deployed AttestationVerifier accepts the attestation and nothing else: deployment and
// calls run as one L1 bundle through eth_simulateV1 on a real node.
func TestAttestationAcceptedOnChain(t *testing.T) {
	n := startL1(t)
	ctx := context.Background()
	chainID := n.ChainConfig().ChainID
	verifier := crypto.CreateAddress(gethnode.TestAddress(0), 0)
	_, proof, err := newAttestation(t, 1, chainID, verifier).Prove(ctx, sampleReq)
	if err != nil {
		t.Fatal(err)
	}
	_, foreign, err := newAttestation(t, 0, chainID, verifier).Prove(ctx, sampleReq)
	if err != nil {
		t.Fatal(err)
	}
	other := sampleReq
	other.PostStateRoot = common.Hash{0x04}

	av := bindings.NewAttestationVerifier()
	deploy := append(hexutil.MustDecode(bindings.AttestationVerifierMetaData.Bin),
		av.PackConstructor(gethnode.TestAddress(1))...)
	verify := func(r Request, p []byte) []byte {
		return av.PackVerifyStateTransition(r.ParentStateRoot, r.Commitment, r.PostStateRoot, p)
	}
	res := simulateL1(t, n, [][]byte{
		deploy,
		verify(sampleReq, proof), verify(other, proof), verify(sampleReq, foreign),
		av.PackAttestationDigest(sampleReq.ParentStateRoot, sampleReq.Commitment, sampleReq.PostStateRoot),
	}, verifier)
	for i, want := range []bool{true, false, false} {
		got, err := av.UnpackVerifyStateTransition(res.Txs[1+i].Return)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("verifyStateTransition case %d = %v, want %v", i, got, want)
		}
	}
	onChain, err := av.UnpackAttestationDigest(res.Txs[4].Return)
	if err != nil {
		t.Fatal(err)
	}
	if ours := bindings.AttestationDigest(chainID, verifier, sampleReq.ParentStateRoot, sampleReq.Commitment,
		sampleReq.PostStateRoot); common.Hash(onChain) != ours {
		t.Fatalf("on-chain digest %x, ours %s", onChain, ours)
	}
}

// simulateL1 runs calldata[0] as a contract creation and the rest as calls to to, all from
// TestKey(0), as one bundle on top of genesis; every transaction must succeed.
func simulateL1(t *testing.T, n *gethnode.Node, calldata [][]byte, to common.Address) *sim.L1Result {
	t.Helper()
	chainID := n.ChainConfig().ChainID
	txs := []*bundle.Tx{signTx(t, chainID, 0, 0, nil, calldata[0])}
	for i, data := range calldata[1:] {
		txs = append(txs, signTx(t, chainID, 0, uint64(i+1), &to, data))
	}
	s, err := sim.New(sim.Config{Caller: n.Client()})
	if err != nil {
		t.Fatal(err)
	}
	genesis := n.BlockChain().Genesis().Header()
	res, err := s.SimulateL1(context.Background(), sim.L1Env{ParentHash: genesis.Hash(), Time: genesis.Time + 12}, txs)
	if err != nil {
		t.Fatal(err)
	}
	if res.FirstFailed >= 0 {
		t.Fatalf("tx %d failed: %+v", res.FirstFailed, res.Txs[res.FirstFailed])
	}
	return res
}

func signTx(t *testing.T, chainID *big.Int, key int, nonce uint64, to *common.Address, data []byte) *bundle.Tx {
	t.Helper()
	tx := types.MustSignNewTx(gethnode.TestKey(key), types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, To: to, Data: data, Gas: 1_000_000,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10 * params.GWei),
	})
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	dec, err := bundle.DecodeTx("tx", raw, chainID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	return dec
}
