package feed

// recent remembers the last max keys added and forgets the oldest first, so
// that duplicate checks keep bounded memory.
type recent[K comparable] struct {
	max   int
	seen  map[K]struct{}
	order []K
}

func newRecent[K comparable](max int) *recent[K] {
	return &recent[K]{max: max, seen: make(map[K]struct{}, max)}
}

func (r *recent[K]) has(k K) bool {
	_, ok := r.seen[k]
	return ok
}

// add remembers k and reports whether it was new.
func (r *recent[K]) add(k K) bool {
	if r.has(k) {
		return false
	}
	r.seen[k] = struct{}{}
	r.order = append(r.order, k)
	if len(r.order) > r.max {
		delete(r.seen, r.order[0])
		r.order = r.order[1:]
	}
	return true
}
