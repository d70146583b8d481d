package searcherapi

import (
	"encoding/json"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// Replay protection defaults (docs/searchers.md, "Replays").
const (
	// DefaultReplayWindow is how far a request's signedAt may be from the sidecar's clock.
	DefaultReplayWindow = 30 * time.Second
	// DefaultMaxSeenRequests bounds the request digests remembered at once.
	DefaultMaxSeenRequests = 500_000
)

const (
	fieldSignedAt  = "signedAt"
	reasonReplayed = "replayed"
	reasonStale    = "stale"
	reasonSeenFull = "replay_cache_full"
)

// changesState says which methods change the pool: only their requests carry signedAt and are
// remembered, so a captured one is worth nothing once replayed.
func changesState(method string) bool {
	return method == bundle.MethodSendBundle || method == bundle.MethodCancelBundle
}

// checkSignedAt refuses a missing timestamp, or one outside the window around now.
func (s *Server) checkSignedAt(field string, at uint64, now time.Time) *rpcError {
	if at == 0 {
		return newErr(CodeInvalidParams, "missing", field, "required: unix seconds when the request was signed")
	}
	w := s.cfg.ReplayWindow
	lo, hi := now.Add(-w).Unix(), now.Add(w).Unix()
	if at > uint64(hi) || int64(at) < lo {
		return newErr(CodeInvalidParams, reasonStale, field, "%d is more than %s from the sidecar's clock (%d)", at, w, now.Unix())
	}
	// The digests of requests received before a restart are gone: a request signed before
	// this server started could be a replay of one, so it must be signed again.
	if started := s.started.Load(); int64(at) < started {
		return newErr(CodeInvalidParams, reasonStale, field, "%d is before the sidecar started (%d); sign the request again", at, started)
	}
	return nil
}

// signedAtOf reads params[0].signedAt of a state-changing call without decoding the rest, so
// a stale request is refused before it is charged to the signer's rate limit.
func (s *Server) signedAtOf(c call, now time.Time) *rpcError {
	if len(c.req.Params) == 0 {
		return nil // the method reports its own params error
	}
	v, ok := fastField(c.req.Params[0], fieldSignedAt)
	if !ok {
		var p struct {
			SignedAt json.RawMessage `json:"signedAt"`
		}
		if json.Unmarshal(c.req.Params[0], &p) != nil {
			return nil
		}
		v = p.SignedAt
	}
	at, err := bundle.ParseQuantity(fieldSignedAt, v)
	if err != nil {
		return fieldError(err)
	}
	return s.checkSignedAt(fieldSignedAt, at, now)
}

// pathSignedAt reads the signedAt query parameter of an event stream request (decimal unix
// seconds) and checks it against the window.
func (s *Server) pathSignedAt(q string, now time.Time) *rpcError {
	if q == "" {
		return s.checkSignedAt(fieldSignedAt, 0, now)
	}
	at, err := strconv.ParseUint(q, 10, 64)
	if err != nil {
		return newErr(CodeInvalidParams, "malformed", fieldSignedAt, "want decimal unix seconds")
	}
	return s.checkSignedAt(fieldSignedAt, at, now)
}

// seen remembers the digests of recent state-changing request bodies until their signedAt can
// no longer pass the window, so an exact replay is refused without doing or charging anything.
type seen struct {
	mu    sync.Mutex
	until map[common.Hash]time.Time
	order []seenAt // insertion order: expiries are in order as long as the clock is
	max   int
}

type seenAt struct {
	digest common.Hash
	until  time.Time
}

func newSeen(max int) *seen { return &seen{until: map[common.Hash]time.Time{}, max: max} }

// add records body's digest for keep. It refuses a body already recorded (a replay) and, when
// max digests are held, any new one: forgetting one early would let it be replayed.
func (s *seen) add(body []byte, now time.Time, keep time.Duration) *rpcError {
	d := crypto.Keccak256Hash(body)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire(now)
	if t, ok := s.until[d]; ok && now.Before(t) {
		return newErr(CodeRejected, reasonReplayed, "body", "this exact request was already received; sign a new one (new signedAt)")
	}
	if len(s.until) >= s.max {
		return newErr(CodeLimitExceeded, reasonSeenFull, "", "too many recent requests; retry shortly")
	}
	t := now.Add(keep)
	s.until[d] = t
	s.order = append(s.order, seenAt{d, t})
	return nil
}

// observe records a request that is not refused when repeated (a read, an event stream) and
// reports whether the same one was seen within keep: a repeat is charged to the signer's
// repeat bucket, so a captured read replayed many times cannot drain the signer's own limit.
// Reads use at most half the room, so they can never crowd out the digests that refuse
// replayed writes; past that they are recorded no more (and charged as new).
func (s *seen) observe(data []byte, now time.Time, keep time.Duration) bool {
	d := crypto.Keccak256Hash([]byte("syncboost/read"), data)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire(now)
	if t, ok := s.until[d]; ok && now.Before(t) {
		return true
	}
	if len(s.until) < s.max/2 {
		t := now.Add(keep)
		s.until[d] = t
		s.order = append(s.order, seenAt{d, t})
	}
	return false
}

// expire drops the digests whose time is over. Called with mu held.
func (s *seen) expire(now time.Time) {
	i := 0
	for ; i < len(s.order) && !now.Before(s.order[i].until); i++ {
		if s.until[s.order[i].digest].Equal(s.order[i].until) {
			delete(s.until, s.order[i].digest)
		}
	}
	s.order = s.order[i:]
	if cap(s.order) > 1024 && len(s.order) < cap(s.order)/4 { // let the old array go
		s.order = append([]seenAt(nil), s.order...)
	}
}

// derivedUUID is the replacement uuid of a bundle sent without one: the same signer sending
// the same bundle gets the same uuid, so a replayed or repeated send is a no-op, and a
// cancelled one cannot come back under a new uuid. Version 8 (RFC 9562, custom).
func derivedUUID(signer common.Address, hash common.Hash) string {
	b := crypto.Keccak256([]byte("syncboost/replacementUuid"), signer.Bytes(), hash.Bytes())
	b[6] = b[6]&0x0f | 0x80
	b[8] = b[8]&0x3f | 0x80
	const hx = "0123456789abcdef"
	out := make([]byte, 0, 36)
	for i := range 16 {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hx[b[i]>>4], hx[b[i]&0x0f])
	}
	return string(out)
}
