package pool

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// Add pools e (its History is ignored: a new bundle starts as received).
//
//   - A live bundle with the same hash is a duplicate: returned as it is if the same signer
//     sent it for the same slot, refused otherwise. A finished one starts afresh, and so does
//     a waiting one (received or simulated) its signer sends again for a later slot: the
//     resend after a skipped slot. The earlier life ends expired ("resent for slot N").
//   - With a replacementUuid the signer already holds, the replacementNonce must be higher than
//     the holder's when the holder is live or cancelled; the live holder is then cancelled
//     with reason "replaced by <hash>".
//   - Caps count live bundles, after the replaced one is taken out.
func (p *Memory) Add(ctx context.Context, e *Entry) (AddResult, error) {
	if err := checkEntry(e); err != nil {
		return AddResult{}, err
	}
	p.mu.Lock()
	p.used = true
	old, dup, err := p.duplicate(e)
	if err != nil || dup != nil {
		p.mu.Unlock()
		if err != nil {
			return AddResult{}, err
		}
		return AddResult{Entry: dup.e.clone(), Duplicate: true}, wait(ctx, dup.commit)
	}
	replaced, err := p.holder(e, old)
	if err != nil {
		p.mu.Unlock()
		return AddResult{}, err
	}
	if err := p.checkCaps(e, old, replaced); err != nil {
		p.mu.Unlock()
		return AddResult{}, err
	}
	res, c := p.insert(e, old, replaced)
	p.mu.Unlock()
	return res, wait(ctx, c)
}

func checkEntry(e *Entry) error {
	switch {
	case e == nil || e.Bundle == nil || e.Bundle.ComposableBundle == nil:
		return fmt.Errorf("%w: no bundle", ErrInvalidEntry)
	case e.Bundle.L1Slot == 0:
		return fmt.Errorf("%w: target slot not resolved", ErrInvalidEntry)
	case e.Identity == (common.Address{}):
		return fmt.Errorf("%w: no signer", ErrInvalidEntry)
	case e.Hash == (common.Hash{}):
		return fmt.Errorf("%w: no hash", ErrInvalidEntry)
	}
	return nil
}

// duplicate finds an item with e's hash: a live one is returned as dup (or refused), a
// finished one as old, to be replaced by the new life.
func (p *Memory) duplicate(e *Entry) (old, dup *item, err error) {
	it, ok := p.items[e.Hash]
	if !ok {
		return nil, nil, nil
	}
	if !it.e.Status().Status.Live() {
		return it, nil, nil
	}
	if it.e.Identity != e.Identity {
		return nil, nil, fmt.Errorf("%w: by another signer", ErrDuplicate)
	}
	switch s, st := it.e.Bundle.L1Slot, it.e.Status().Status; {
	case s == e.Bundle.L1Slot:
		return nil, it, nil
	case s < e.Bundle.L1Slot && st != bundle.StatusSubmitted:
		// A resend for a later slot: the earlier slot was skipped or missed and the bundle
		// waits there only until the next prune. It moves; nobody else's bundle is touched.
		return it, nil, nil
	case st == bundle.StatusSubmitted:
		return nil, nil, fmt.Errorf("%w: submitted for slot %d, its outcome is not known yet", ErrDuplicate, s)
	default:
		return nil, nil, fmt.Errorf("%w: for the later slot %d", ErrDuplicate, s)
	}
}

// holder returns the live item e replaces, after the nonce rule. A waiting bundle e moves to a
// later slot (old, live) is not a replacement of itself; a finished old one keeps the rule.
func (p *Memory) holder(e *Entry, old *item) (*item, error) {
	if e.UUID() == "" {
		return nil, nil
	}
	cur, ok := p.byUUID[uuidKey{e.Identity, e.UUID()}]
	if !ok || (cur == old && old.e.Status().Status.Live()) {
		return nil, nil
	}
	st := cur.e.Status().Status
	if (st.Live() || st == bundle.StatusCancelled) && e.Nonce() <= cur.e.Nonce() {
		return nil, fmt.Errorf("%w: %d is not above %d of %s bundle %s",
			ErrNonceTooLow, e.Nonce(), cur.e.Nonce(), st, cur.e.Hash.Hex())
	}
	if !st.Live() {
		return nil, nil
	}
	return cur, nil
}

func (p *Memory) insert(e *Entry, old, replaced *item) (AddResult, Commit) {
	now := p.now()
	if old != nil {
		if old.e.Status().Status.Live() {
			p.transition(old, bundle.StatusChange{Status: bundle.StatusExpired, At: now,
				Reason: fmt.Sprintf("resent for slot %d", e.Bundle.L1Slot)})
		}
		p.forget(old)
	}
	var ops []Op
	var res AddResult
	touched := []*item{}
	if replaced != nil {
		p.transition(replaced, bundle.StatusChange{Status: bundle.StatusCancelled, At: now, Reason: "replaced by " + e.Hash.Hex()})
		ops = append(ops, Op{Put: replaced.e.clone()})
		touched = append(touched, replaced)
		h := replaced.e.Hash
		res.Replaced = &h
	}
	ne := &Entry{Hash: e.Hash, Identity: e.Identity, Bundle: e.Bundle, Wire: e.Wire, History: []bundle.StatusChange{{Status: bundle.StatusReceived, At: now}}}
	it := p.index(ne)
	ops = append(ops, Op{Put: ne.clone()})
	touched = append(touched, it)
	res.Entry = ne.clone()
	return res, p.record(ops, touched...)
}

// index adds a new entry to every index.
func (p *Memory) index(e *Entry) *item {
	p.seq++
	it := &item{e: e, seq: p.seq}
	p.items[e.Hash] = it
	k := e.Key()
	if p.bySlot[k] == nil {
		p.bySlot[k] = map[common.Hash]*item{}
	}
	p.bySlot[k][e.Hash] = it
	if e.UUID() != "" {
		// The uuid names the bundle accepted under it last (index is called in arrival
		// order, by Add and by Restore), whatever its nonce: after a finished holder any
		// nonce is accepted, and the new bundle must be the one later cancels and
		// replacements find.
		p.byUUID[uuidKey{e.Identity, e.UUID()}] = it
	}
	st := e.Status().Status
	if st.Live() {
		p.live++
		p.perSigner[slotKey{e.Identity, k}]++
		p.perSlot[k]++
	}
	p.m.status(st, 1)
	return it
}

// forget removes an item from every index and ends its subscriptions.
func (p *Memory) forget(it *item) {
	e := it.e
	delete(p.items, e.Hash)
	k := e.Key()
	delete(p.bySlot[k], e.Hash)
	if len(p.bySlot[k]) == 0 {
		delete(p.bySlot, k)
	}
	uk := uuidKey{e.Identity, e.UUID()}
	if p.byUUID[uk] == it {
		delete(p.byUUID, uk)
	}
	st := e.Status().Status
	if st.Live() {
		p.unlive(e)
	}
	p.m.status(st, -1)
	for w := range it.watchers {
		p.dropWatcher(it, w)
	}
}

func (p *Memory) unlive(e *Entry) {
	p.live--
	sk := slotKey{e.Identity, e.Key()}
	if p.perSigner[sk]--; p.perSigner[sk] <= 0 {
		delete(p.perSigner, sk)
	}
	if p.perSlot[sk.key]--; p.perSlot[sk.key] <= 0 {
		delete(p.perSlot, sk.key)
	}
}

// transition appends c and tells the subscribers. A subscriber whose buffer is full is cut
// off (its channel closed) rather than slowing the pool.
func (p *Memory) transition(it *item, c bundle.StatusChange) {
	prev := it.e.Status().Status
	it.e.History = append(it.e.History, c)
	if prev.Live() && !c.Status.Live() {
		p.unlive(it.e)
	}
	p.m.status(prev, -1)
	p.m.status(c.Status, 1)
	for w := range it.watchers {
		select {
		case w.ch <- c:
		default:
			p.dropWatcher(it, w)
		}
	}
}
