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
	BasedCallType     = "BasedCall(uint256 chainId,address inbox,uint64 l1Slot,address target,uint256 value," +
		"bytes data,uint256 nonce,uint64 deadline)"
)

var (
	basedCallTypeHash = crypto.Keccak256Hash([]byte(BasedCallType))
	accountNameHash   = crypto.Keccak256Hash([]byte(AccountDomainName))
)

// BasedCall is one L1 action a searcher's account runs inside the sidecar's atomic
// transaction: call(Target, Value, Data), only when Inbox asks, only in slot L1Slot of chain
// ChainID, only with the account's next Nonce, only until Deadline (unix seconds).
type BasedCall struct {
	ChainID  uint64
	Inbox    common.Address
	L1Slot   uint64
	Target   common.Address
	Value    *big.Int // nil means zero
	Data     []byte
	Nonce    uint64
	Deadline uint64
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
	var buf [9 * 32]byte
	copy(buf[0:], basedCallTypeHash[:])
	putUint(buf[32:64], c.ChainID)
	copy(buf[64+12:], c.Inbox[:])
	putUint(buf[96:128], c.L1Slot)
	copy(buf[128+12:], c.Target[:])
	if c.Value != nil {
		c.Value.FillBytes(buf[160:192])
	}
	copy(buf[192:], crypto.Keccak256(c.Data))
	putUint(buf[224:256], c.Nonce)
	putUint(buf[256:288], c.Deadline)
	return crypto.Keccak256Hash(buf[:])
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

// SignCall signs c for the account of key (the EIP-7702 delegated EOA).
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
