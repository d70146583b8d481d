package feed

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/fbsig"
)

// HeaderTimestamp carries a signed stream request's time, in unix milliseconds (decimal).
// X-Flashbots-Signature (fbsig.Header) signs StreamAuthMessage over it.
const HeaderTimestamp = "X-Syncboost-Timestamp"

// Sentinel errors of request authentication; each refusal wraps one.
var (
	ErrUnauthenticated = errors.New("unauthenticated")
	ErrForbidden       = errors.New("not an allowed sidecar")
	ErrExpired         = errors.New("timestamp outside the allowed skew")
	ErrReplayed        = errors.New("signature already used")
)

// StreamAuthMessage is what a sidecar signs to open a stream: the method, the path, the L2
// chain and the time, so a signature opens one chain's stream for a short while only.
func StreamAuthMessage(l2ChainID uint64, path string, unixMs int64) []byte {
	return fmt.Appendf(nil, "GET %s\n%d\n%d", path, l2ChainID, unixMs)
}

// SignStreamRequest sets the two headers that authenticate a stream request at time now.
func SignStreamRequest(req *http.Request, l2ChainID uint64, key *ecdsa.PrivateKey, now time.Time) error {
	ms := now.UnixMilli()
	sig, err := fbsig.Sign(StreamAuthMessage(l2ChainID, req.URL.Path, ms), key)
	if err != nil {
		return fmt.Errorf("feed: sign stream request: %w", err)
	}
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ms, 10))
	req.Header.Set(fbsig.Header, sig)
	return nil
}

// ParseTimestamp parses HeaderTimestamp.
func ParseTimestamp(v string) (time.Time, error) {
	ms, err := strconv.ParseInt(v, 10, 64)
	if err != nil || ms <= 0 || ms > maxUnixMs {
		return time.Time{}, fmt.Errorf("%w: %s: want unix milliseconds, got %q", ErrUnauthenticated, HeaderTimestamp, v)
	}
	return time.UnixMilli(ms), nil
}

// authenticator checks who signed a request: an allowed address, within the skew, and for
// streams not a signature seen before.
type authenticator struct {
	allowed map[common.Address]struct{}
	skew    time.Duration

	mu   sync.Mutex
	seen map[string]time.Time // stream signatures used, until they expire
}

// maxSeen bounds the replay memory; only allowed sidecars' valid signatures reach it.
const maxSeen = 4096

func newAuthenticator(sidecars []common.Address, skew time.Duration) *authenticator {
	a := &authenticator{allowed: map[common.Address]struct{}{}, skew: skew, seen: map[string]time.Time{}}
	for _, s := range sidecars {
		a.allowed[s] = struct{}{}
	}
	return a
}

// claimed refuses a stranger from the header's address alone, before any signature work.
func (a *authenticator) claimed(header string) error {
	addr, _, err := fbsig.Parse(header)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrUnauthenticated, fbsig.Header, err)
	}
	if _, ok := a.allowed[addr]; !ok {
		return fmt.Errorf("%w: %s", ErrForbidden, addr.Hex())
	}
	return nil
}

// verify checks header over msg and returns the allowed signer.
func (a *authenticator) verify(header string, msg []byte) (common.Address, error) {
	if err := a.claimed(header); err != nil {
		return common.Address{}, err
	}
	signer, err := fbsig.Verify(header, msg)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %s: %w", ErrUnauthenticated, fbsig.Header, err)
	}
	return signer, nil
}

// fresh refuses a timestamp more than the skew away from now, either way.
func (a *authenticator) fresh(field string, at, now time.Time) error {
	if d := now.Sub(at); d > a.skew || d < -a.skew {
		return fmt.Errorf("%w: %s: %s from the server's clock, allowed %s", ErrExpired, field, d.Round(time.Millisecond), a.skew)
	}
	return nil
}

// stream authenticates a stream request: the signer, or an error naming the header.
func (a *authenticator) stream(r *http.Request, l2ChainID uint64, now time.Time) (common.Address, error) {
	header := r.Header.Get(fbsig.Header)
	if err := a.claimed(header); err != nil {
		return common.Address{}, err
	}
	at, err := ParseTimestamp(r.Header.Get(HeaderTimestamp))
	if err != nil {
		return common.Address{}, err
	}
	if err := a.fresh(HeaderTimestamp, at, now); err != nil {
		return common.Address{}, err
	}
	signer, err := a.verify(header, StreamAuthMessage(l2ChainID, r.URL.Path, at.UnixMilli()))
	if err != nil {
		return common.Address{}, err
	}
	return signer, a.once(header, at, now)
}

// once refuses a stream signature used before: a captured header cannot open streams that
// count against its sidecar's limit.
func (a *authenticator) once(header string, at, now time.Time) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, dup := a.seen[header]; dup {
		return fmt.Errorf("%w: %s", ErrReplayed, fbsig.Header)
	}
	if len(a.seen) >= maxSeen {
		for k, t := range a.seen {
			if now.Sub(t) > a.skew {
				delete(a.seen, k)
			}
		}
	}
	if len(a.seen) >= maxSeen {
		return fmt.Errorf("%w: too many fresh stream signatures; retry", ErrUnauthenticated)
	}
	a.seen[header] = at
	return nil
}
