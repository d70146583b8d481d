package bundle

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MaxCommitteeFileBytes bounds a committee file (a 1,024-member committee is about 300 KiB).
const MaxCommitteeFileBytes = 1 << 20

// CommitteeFile is the JSON form of a committee (docs/configuration.md "Committee file"): the
// epoch and, in member order (bit i of a certificate's bitfield is members[i]), each member's
// compressed BLS public key and its proof of possession.
//
//	{"epoch": 1, "members": [{"pubkey": "0x…48 bytes", "pop": "0x…96 bytes"}, …]}
type CommitteeFile struct {
	Epoch   uint64                `json:"epoch"`
	Members []CommitteeFileMember `json:"members"`
}

// CommitteeFileMember is one member of a CommitteeFile.
type CommitteeFileMember struct {
	Pubkey hexutil.Bytes `json:"pubkey"`
	Pop    hexutil.Bytes `json:"pop"`
}

// DecodeCommittee parses a committee file strictly (unknown fields and trailing data refused)
// and checks it as NewCommittee does: every key valid, every proof of possession verifying, no
// key twice.
func DecodeCommittee(data []byte) (*Committee, error) {
	if len(data) > MaxCommitteeFileBytes {
		return nil, fieldErr("committee", ErrTooLarge, "%d bytes, limit %d", len(data), MaxCommitteeFileBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f CommitteeFile
	if err := dec.Decode(&f); err != nil {
		return nil, fieldErr("committee", ErrMalformed, "json: %v", err)
	}
	if dec.More() {
		return nil, fieldErr("committee", ErrMalformed, "trailing data after the object")
	}
	pubs, pops := make([][]byte, len(f.Members)), make([][]byte, len(f.Members))
	for i, m := range f.Members {
		pubs[i], pops[i] = m.Pubkey, m.Pop
	}
	c, err := NewCommittee(f.Epoch, pubs, pops)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// CommitteeFileOf is the file describing the given members' keys (in member order) for epoch.
func CommitteeFileOf(epoch uint64, keys []*BLSKey) CommitteeFile {
	f := CommitteeFile{Epoch: epoch, Members: make([]CommitteeFileMember, len(keys))}
	for i, k := range keys {
		f.Members[i] = CommitteeFileMember{Pubkey: k.Pubkey(), Pop: k.ProvePossession()}
	}
	return f
}

// Encode is the file's JSON.
func (f CommitteeFile) Encode() ([]byte, error) {
	out, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode committee file: %w", err)
	}
	return out, nil
}

// Pubkeys is the committee's compressed keys in member order.
func (c *Committee) Pubkeys() [][]byte {
	out := make([][]byte, len(c.pubkeys))
	for i, pk := range c.pubkeys {
		out[i] = pk.Compress()
	}
	return out
}
