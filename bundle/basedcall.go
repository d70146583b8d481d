package bundle

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 names of a searcher's signed call, as the account contract (BasedAccount) checks
// them. The domain's verifying contract is the account itself.
const (
	AccountDomainName = "syncboost account"
	BasedCallType     = "BasedCall(uint256 chainId,address inbox,address submitter,uint64 l1Slot,address target," +
		"uint256 value,bytes data,uint256 nonce,uint64 deadline,bytes32 bundleId)"
)

var (
	basedCallTypeHash = crypto.Keccak256Hash([]byte(BasedCallType))
	accountNameHash   = crypto.Keccak256Hash([]byte(AccountDomainName))
)

// BasedCall is one L1 action a searcher's account runs inside the sidecar's atomic
// transaction: call(Target, Value, Data), only when Inbox asks, only in a submission sent by
// Submitter (the sidecar the searcher chose), only in slot L1Slot of chain ChainID, only with
// the account's next Nonce, only until Deadline (unix seconds), and only together with the rest
// of its bundle (BundleID, see CallGroup.ID).
type BasedCall struct {
	ChainID   uint64
	Inbox     common.Address
	Submitter common.Address
	L1Slot    uint64
	Target    common.Address
	Value     *big.Int // nil means zero
	Data      []byte
	Nonce     uint64
	Deadline  uint64
	BundleID  common.Hash
}

// SignedCall is a BasedCall with the account that runs it and the account key's signature
// (65 bytes r || s || v, v in {27, 28}).
type SignedCall struct {
	Account   common.Address
	Call      BasedCall
	Signature []byte
}

// StructHash is hashStruct(BasedCall).
func (c *BasedCall) StructHash() common.Hash {
	var buf [11 * 32]byte
	copy(buf[0:], basedCallTypeHash[:])
	c.fields(buf[32:320])
	copy(buf[320:], c.BundleID[:])
	return crypto.Keccak256Hash(buf[:])
}

// fields writes the nine words from chainId to deadline (abi.encode order, data hashed) into w.
func (c *BasedCall) fields(w []byte) {
	putUint(w[0:32], c.ChainID)
	copy(w[32+12:64], c.Inbox[:])
	copy(w[64+12:96], c.Submitter[:])
	putUint(w[96:128], c.L1Slot)
	copy(w[128+12:160], c.Target[:])
	if c.Value != nil {
		c.Value.FillBytes(w[160:192])
	}
	copy(w[192:224], crypto.Keccak256(c.Data))
	putUint(w[224:256], c.Nonce)
	putUint(w[256:288], c.Deadline)
}

// Digest is the EIP-712 digest the account's key signs.
func (c *BasedCall) Digest(account common.Address) common.Hash {
	var d [5 * 32]byte
	copy(d[0:], domainTypeHash[:])
	copy(d[32:], accountNameHash[:])
	copy(d[64:], domainVersionHash[:])
	putUint(d[96:128], c.ChainID)
	copy(d[128+12:], account[:])
	sep, sh := crypto.Keccak256Hash(d[:]), c.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// SignCall signs c for the account of key (the EIP-7702 delegated EOA). c.BundleID must be
// set: ComposableBundle.SignCalls binds and signs a whole bundle's calls.
func SignCall(key *ecdsa.PrivateKey, c BasedCall) (*SignedCall, error) {
	account := crypto.PubkeyToAddress(key.PublicKey)
	digest := c.Digest(account)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return &SignedCall{Account: account, Call: c, Signature: sig}, nil
}

// Signer recovers the address that signed the call under the rules the account contract
// applies (65 bytes, v in {27, 28}, low s); an ErrBadSignature naming field otherwise.
func (s *SignedCall) Signer(field string) (common.Address, error) {
	return recoverECDSA(field, s.Call.Digest(s.Account), s.Signature)
}

// CallGroup is one bundle's L1 part of the atomic transaction: its signed calls and its
// assertions, which the inbox runs all or none of.
type CallGroup struct {
	L1Slot     uint64 // the slot its bundle names, which every call signs
	PreCalls   []SignedCall
	PostCalls  []SignedCall
	Assertions []Assertion
}

// ID is the bundle id every call of the group signs, as BasedInbox.callBundleId computes it:
// keccak256(abi.encode(calls(pre), calls(post), assertions)), where calls(l) hashes each
// (account, chainId, inbox, submitter, l1Slot, target, value, keccak256(data), nonce, deadline), and assertions hashes each (target, keccak256(data), expect).
func (g CallGroup) ID() common.Hash {
	var buf [3 * 32]byte
	pre, post, as := callsHash(g.PreCalls), callsHash(g.PostCalls), assertionsHash(g.Assertions)
	copy(buf[0:], pre[:])
	copy(buf[32:], post[:])
	copy(buf[64:], as[:])
	return crypto.Keccak256Hash(buf[:])
}

// Bind sets every call's chain id, inbox and submitter to c's and its slot to the group's,
// then every call's bundle id from them: what the account signed besides what the searcher
// chose. It changes the calls in place.
func (g CallGroup) Bind(c Chains) {
	for _, leg := range [][]SignedCall{g.PreCalls, g.PostCalls} {
		for i := range leg {
			call := &leg[i].Call
			call.ChainID, call.Inbox, call.Submitter, call.L1Slot = c.L1, c.Inbox, c.Submitter, g.L1Slot
		}
	}
	id := g.ID()
	for _, leg := range [][]SignedCall{g.PreCalls, g.PostCalls} {
		for i := range leg {
			leg[i].Call.BundleID = id
		}
	}
}

func callsHash(cs []SignedCall) common.Hash {
	buf := make([]byte, 0, len(cs)*32)
	for _, s := range cs {
		var w [10 * 32]byte
		copy(w[12:32], s.Account[:])
		s.Call.fields(w[32:])
		buf = append(buf, crypto.Keccak256(w[:])...)
	}
	return crypto.Keccak256Hash(buf)
}

func assertionsHash(as []Assertion) common.Hash {
	buf := make([]byte, 0, len(as)*32)
	for _, a := range as {
		var w [3 * 32]byte
		copy(w[12:32], a.Target[:])
		copy(w[32:64], crypto.Keccak256(a.Data))
		copy(w[64:96], a.Expect[:])
		buf = append(buf, crypto.Keccak256(w[:])...)
	}
	return crypto.Keccak256Hash(buf)
}
