package bundle

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 names the inbox contract uses; the sidecar and the inbox must agree byte for byte.
const (
	DomainName    = "syncboost"
	DomainVersion = "1"
	// SlotEndingType is the EIP-712 type string of the signed slot-ending message.
	SlotEndingType = "SlotEnding(uint256 l2ChainId,uint64 l2BlockNumber,bytes32 l2BlockHash," +
		"bytes32 l2ParentHash,bytes32 l2StateRoot,uint64 l1Slot,bytes32 l1ParentHash," +
		"uint32 seqIndex,bool slotEnding)"
	domainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	slotEndingTypeHash = crypto.Keccak256Hash([]byte(SlotEndingType))
	domainTypeHash     = crypto.Keccak256Hash([]byte(domainType))
	domainNameHash     = crypto.Keccak256Hash([]byte(DomainName))
	domainVersionHash  = crypto.Keccak256Hash([]byte(DomainVersion))
)

// SlotEndingTypeHash is keccak256 of SlotEndingType.
func SlotEndingTypeHash() common.Hash { return slotEndingTypeHash }

// Domain is the EIP-712 domain: the L1 chain and the inbox that will check the certificate.
type Domain struct {
	ChainID           uint64
	VerifyingContract common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], domainNameHash[:])
	copy(buf[64:], domainVersionHash[:])
	putUint(buf[96:128], d.ChainID)
	copy(buf[128+12:], d.VerifyingContract[:])
	return crypto.Keccak256Hash(buf[:])
}

// SlotEnding is the message a sequencer certifies: a based block may be built on L2 block
// L2BlockHash and included on L1 only in slot L1Slot and only on L1 parent L1ParentHash.
type SlotEnding struct {
	L2ChainID     uint64
	L2BlockNumber uint64
	L2BlockHash   common.Hash
	L2ParentHash  common.Hash
	L2StateRoot   common.Hash
	L1Slot        uint64
	L1ParentHash  common.Hash
	SeqIndex      uint32
	IsSlotEnding  bool
}

// EndsSlot applies the slot-ending rule: with implicitIndex 0 the explicit flag decides;
// with N > 0 the slot's N-th sequenced block (SeqIndex N) ends it, whatever the flag says.
// BasedInbox.isSlotEnding is the same rule on-chain (testdata/slot_ending_rule.json).
func (m *SlotEnding) EndsSlot(implicitIndex uint32) bool {
	if implicitIndex == 0 {
		return m.IsSlotEnding
	}
	return m.SeqIndex == implicitIndex
}

// StructHash is hashStruct(SlotEnding): every member is one 32-byte ABI word.
func (m *SlotEnding) StructHash() common.Hash {
	var buf [10 * 32]byte
	copy(buf[0:], slotEndingTypeHash[:])
	putUint(buf[32:64], m.L2ChainID)
	putUint(buf[64:96], m.L2BlockNumber)
	copy(buf[96:], m.L2BlockHash[:])
	copy(buf[128:], m.L2ParentHash[:])
	copy(buf[160:], m.L2StateRoot[:])
	putUint(buf[192:224], m.L1Slot)
	copy(buf[224:], m.L1ParentHash[:])
	putUint(buf[256:288], uint64(m.SeqIndex))
	if m.IsSlotEnding {
		buf[319] = 1
	}
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the EIP-712 signing digest keccak256(0x1901 || separator || structHash).
func (m *SlotEnding) Digest(d Domain) common.Hash { return typedDigest(d, m.StructHash()) }

func typedDigest(d Domain, sh common.Hash) common.Hash {
	sep := d.Separator()
	var buf [2 + 64]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], sep[:])
	copy(buf[34:], sh[:])
	return crypto.Keccak256Hash(buf[:])
}

// putUint writes v right-aligned into a 32-byte ABI word (the word must be zeroed).
func putUint(word []byte, v uint64) {
	binary.BigEndian.PutUint64(word[24:32], v)
}
