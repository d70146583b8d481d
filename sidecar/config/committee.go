package config

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/syncboost/syncboost/bundle"
)

// ErrCommittee is a committee file that cannot be read or does not check (a key, a proof of
// possession, a duplicate member); the error also wraps the bundle sentinel of the reason.
var ErrCommittee = errors.New("invalid committee file")

// Committee reads and checks sequencer.committee_file (docs/configuration.md "Committee file"):
// nil, nil when certificates are ECDSA.
func (s Sequencer) Committee() (*bundle.Committee, error) {
	if s.Certificate != CertificateCommittee {
		return nil, nil
	}
	c, err := loadCommittee(s.CommitteeFile)
	if err != nil {
		return nil, fmt.Errorf("sequencer.committee_file: %w", err)
	}
	return c, nil
}

func loadCommittee(path string) (*bundle.Committee, error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCommittee, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, bundle.MaxCommitteeFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %w", ErrCommittee, path, err)
	}
	c, err := bundle.DecodeCommittee(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCommittee, err)
	}
	return c, nil
}
