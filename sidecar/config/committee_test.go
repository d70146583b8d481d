package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

func testCommitteeFile(t *testing.T, n int, edit func(*bundle.CommitteeFile)) string {
	t.Helper()
	keys := make([]*bundle.BLSKey, n)
	for i := range keys {
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte{'m', byte(i)}))
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	f := bundle.CommitteeFileOf(7, keys)
	edit(&f)
	data, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "committee.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCommitteeFile: config check reads the committee file and refuses what NewCommittee
// refuses, naming the field and the member.
func TestCommitteeFile(t *testing.T) {
	cfg, err := loadMinimal(t, "")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Sequencer.Certificate, cfg.Sequencer.Address = CertificateCommittee, ""
	cfg.Sequencer.CommitteeFile = testCommitteeFile(t, 4, func(*bundle.CommitteeFile) {})
	if err := cfg.Check(); err != nil {
		t.Fatalf("good committee: %v", err)
	}
	c, err := cfg.Sequencer.Committee()
	if err != nil || c.Size() != 4 || c.Epoch != 7 || c.Threshold() != 3 {
		t.Fatalf("committee: %v", err)
	}
	tests := []struct {
		name   string
		edit   func(*bundle.CommitteeFile)
		want   error
		member string
	}{
		{"bad key", func(f *bundle.CommitteeFile) { f.Members[1].Pubkey[0] ^= 0x01 }, bundle.ErrMalformed, "committee.pubkeys[1]"},
		{"bad proof", func(f *bundle.CommitteeFile) { f.Members[2].Pop = f.Members[0].Pop }, bundle.ErrBadPossession, "committee.pops[2]"},
		{"duplicate", func(f *bundle.CommitteeFile) { f.Members[3] = f.Members[1] }, bundle.ErrDuplicateSigner, "committee.pubkeys[3]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg.Sequencer.CommitteeFile = testCommitteeFile(t, 4, tt.edit)
			err := cfg.Check()
			if !errors.Is(err, ErrCommittee) || !errors.Is(err, tt.want) {
				t.Fatalf("want %v and %v, got %v", ErrCommittee, tt.want, err)
			}
			mustContain(t, err, "sequencer.committee_file: ", tt.member)
			if _, err := cfg.Sequencer.Committee(); !errors.Is(err, tt.want) {
				t.Fatalf("Committee(): %v", err)
			}
		})
	}
}
