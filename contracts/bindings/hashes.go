package bindings

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// Data modes of BasedBlock.DataMode and anchors of ProposedBlock.Anchor, as the inbox defines them.
const (
	DataCalldata uint8 = 0
	DataBlobs    uint8 = 1

	AnchorSlotEnding uint8 = 0 // built on the certified slot-ending block
	AnchorBased      uint8 = 1 // built on a based block proposed earlier in the same L1 block
	AnchorHead       uint8 = 2 // based mode: built on the inbox's L2 head without a certificate
)

// AttestationType is the EIP-712 type AttestationVerifier's attester signs.
const AttestationType = "StateAttestation(bytes32 parentStateRoot,bytes32 commitment,bytes32 postStateRoot)"

var (
	inboxABI = sync.OnceValue(func() abi.ABI { return NewBasedInbox().abi })

	attestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))
	domainTypeHash      = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	attestationNameHash    = crypto.Keccak256Hash([]byte("syncboost-attestation"))
	attestationVersionHash = crypto.Keccak256Hash([]byte("1"))
)

// Commitment returns the id BasedInbox gives a proposal: keccak256(abi.encode(p)).
func Commitment(p CommitmentPreimage) (common.Hash, error) {
	if p.L1ChainId == nil {
		return common.Hash{}, errors.New("commitment preimage: l1ChainId is nil")
	}
	enc, err := inboxABI().Methods["commitmentOf"].Inputs.Pack(p)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode commitment preimage: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// DataHash is the data commitment of a calldata-mode based block: keccak256(txData).
func DataHash(txData []byte) common.Hash { return crypto.Keccak256Hash(txData) }

// BlobDataHash is the data commitment of a blob-mode based block: keccak256 of the versioned
// hashes, concatenated in blob order.
func BlobDataHash(versionedHashes []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(versionedHashes))
	for _, h := range versionedHashes {
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// AttestationDigest is the EIP-712 digest AttestationVerifier (deployed at verifier on L1 chain
// chainID) checks: StateAttestation(parentStateRoot, commitment, postStateRoot).
func AttestationDigest(chainID *big.Int, verifier common.Address, parentStateRoot, commitment, postStateRoot common.Hash) common.Hash {
	var word [32]byte
	chainID.FillBytes(word[:])
	separator := crypto.Keccak256Hash(domainTypeHash[:], attestationNameHash[:], attestationVersionHash[:],
		word[:], common.LeftPadBytes(verifier[:], 32))
	structHash := crypto.Keccak256Hash(attestationTypeHash[:], parentStateRoot[:], commitment[:], postStateRoot[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, separator[:], structHash[:])
}

// SignAttestation returns the 65-byte proof (r||s||v, v in {27,28}, low s) that AttestationVerifier
// accepts for the transition parentStateRoot -> postStateRoot of the based block commitment.
func SignAttestation(key *ecdsa.PrivateKey, chainID *big.Int, verifier common.Address,
	parentStateRoot, commitment, postStateRoot common.Hash) ([]byte, error) {
	digest := AttestationDigest(chainID, verifier, parentStateRoot, commitment, postStateRoot)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign state attestation: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// SignedCallOf is the inbox's ABI form of a searcher's signed call (bundle.SignCall's output).
func SignedCallOf(s *bundle.SignedCall) SignedCall {
	c := s.Call
	value := new(big.Int)
	if c.Value != nil {
		value.Set(c.Value)
	}
	return SignedCall{
		Account: s.Account,
		Call: BasedCall{
			ChainId: new(big.Int).SetUint64(c.ChainID), Inbox: c.Inbox, Submitter: c.Submitter, L1Slot: c.L1Slot, Target: c.Target,
			Value: value, Data: c.Data, Nonce: new(big.Int).SetUint64(c.Nonce), Deadline: c.Deadline,
			BundleId: c.BundleID,
		},
		Signature: s.Signature,
	}
}

// CallBundleOf is the inbox's ABI form of one bundle's calls and assertions, as they are: it
// binds and signs nothing (bundle.CallGroup.Bind and bundle.SignCall do). Every slice is
// non-nil, the form the ABI encoder expects.
func CallBundleOf(g bundle.CallGroup) CallBundle {
	out := CallBundle{PreCalls: signedCallsOf(g.PreCalls), PostCalls: signedCallsOf(g.PostCalls),
		Assertions: make([]Assertion, len(g.Assertions))}
	for i, a := range g.Assertions {
		data := a.Data
		if data == nil {
			data = []byte{}
		}
		out.Assertions[i] = Assertion{Target: a.Target, Data: data, Expect: a.Expect}
	}
	return out
}

func signedCallsOf(cs []bundle.SignedCall) []SignedCall {
	out := make([]SignedCall, len(cs))
	for i := range cs {
		out[i] = SignedCallOf(&cs[i])
	}
	return out
}

// SlotEndingOf is the inbox's argument for a slot-ending message.
func SlotEndingOf(se *bundle.SlotEnding) SlotEnding {
	return SlotEnding{
		L2ChainId: new(big.Int).SetUint64(se.L2ChainID), L2BlockNumber: se.L2BlockNumber, L2BlockHash: se.L2BlockHash,
		L2ParentHash: se.L2ParentHash, L2StateRoot: se.L2StateRoot, L1Slot: se.L1Slot, L1ParentHash: se.L1ParentHash,
		SeqIndex: se.SeqIndex, SlotEnding: se.IsSlotEnding,
	}
}

// BatchOf is the inbox's argument for a certified batch; nil is the empty batch (no batch).
func BatchOf(b *bundle.SignedBatch) Batch {
	if b == nil {
		return Batch{}
	}
	h := &b.Header
	return Batch{
		Header: BatchHeader{
			L2ChainId: h.L2ChainID, ParentId: h.ParentID, FirstNumber: h.FirstNumber,
			LastNumber: h.LastNumber, LastHash: h.LastHash, LastStateRoot: h.LastStateRoot, L1Slot: h.L1Slot,
			DataMode: h.DataMode, DataHash: h.DataHash,
		},
		Certificate: b.Certificate.Signature, Data: b.Data,
	}
}

var committeeCertArgs = func() abi.Arguments {
	u64, _ := abi.NewType("uint64", "", nil)
	b, _ := abi.NewType("bytes", "", nil)
	return abi.Arguments{{Type: u64}, {Type: b}, {Type: b}, {Type: b}}
}()

// CommitteeCertificate is a committee certificate as BLSCommittee.verifyCertificate takes it:
// abi.encode(epoch, signers, the aggregate as a G2 point, the committee's G1 points).
func CommitteeCertificate(cert bundle.Certificate, c *bundle.Committee) ([]byte, error) {
	sig, err := bundle.SignaturePoint(cert.Signature)
	if err != nil {
		return nil, err
	}
	return committeeCertArgs.Pack(cert.Epoch, cert.Signers, sig, c.Points())
}

// InboxCertificate is a certificate as the inbox's check reads it: the ECDSA signature itself,
// or, for a committee certificate, CommitteeCertificate with the committee's keys (c must be
// the committee then).
func InboxCertificate(cert bundle.Certificate, c *bundle.Committee) ([]byte, error) {
	if cert.Kind != bundle.CertCommittee {
		return cert.Signature, nil
	}
	if c == nil {
		return nil, fmt.Errorf("committee certificate without the committee's keys: %w", bundle.ErrCertKind)
	}
	return CommitteeCertificate(cert, c)
}

// BatchWith is BatchOf with the batch's certificate packed by InboxCertificate.
func BatchWith(b *bundle.SignedBatch, c *bundle.Committee) (Batch, error) {
	out := BatchOf(b)
	if b == nil {
		return out, nil
	}
	var err error
	out.Certificate, err = InboxCertificate(b.Certificate, c)
	return out, err
}
