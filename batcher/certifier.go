package batcher

import (
	"context"
	"crypto/ecdsa"

	"github.com/syncboost/syncboost/bundle"
)

// KeyCertifier certifies with a sequencer key held in process (the devnet's, a test's).
type KeyCertifier struct {
	Key    *ecdsa.PrivateKey
	Domain bundle.Domain
}

var _ Certifier = KeyCertifier{}

// CertifyBatch signs h under the domain.
func (k KeyCertifier) CertifyBatch(_ context.Context, h *bundle.BatchHeader) (bundle.Certificate, error) {
	return bundle.SignBatch(h, k.Domain, k.Key)
}
