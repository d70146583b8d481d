package searcherapi

import (
	"context"
	"runtime"
	"sync"
)

// validators bound the bundles being decoded and validated at once (the CPU of intake: JSON,
// transaction decoding, sender recovery) to the cores, and hold new ones while the pipeline
// sends a slot (Hush), so that a flood of requests leaves the slot's last milliseconds at most
// one validation per core to finish. Waiting requests are held, never refused; nothing that
// waits on I/O (the journal's sync, chain reads) holds a place.
type validators struct {
	places chan struct{}

	mu     sync.Mutex
	held   int
	open   chan struct{} // closed while nothing holds validations
	onHeld func()        // called when a validation starts waiting for a hold to end (tests)
}

func newValidators() *validators {
	v := &validators{places: make(chan struct{}, runtime.GOMAXPROCS(0)), open: make(chan struct{})}
	close(v.open)
	return v
}

// acquire waits for a place while no hold is on; release gives it back.
func (v *validators) acquire(ctx context.Context) (release func(), err error) {
	for {
		v.mu.Lock()
		open, onHeld := v.open, v.onHeld
		v.mu.Unlock()
		if onHeld != nil && v.isHeld() {
			onHeld()
		}
		select {
		case <-open:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		select {
		case v.places <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if !v.isHeld() {
			return func() { <-v.places }, nil
		}
		<-v.places // a hold began while it waited for a place
	}
}

func (v *validators) isHeld() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.held > 0
}

// hold stops new validations until resume; holds nest, and calling resume again does nothing.
func (v *validators) hold() (resume func()) {
	v.mu.Lock()
	if v.held++; v.held == 1 {
		v.open = make(chan struct{})
	}
	v.mu.Unlock()
	return sync.OnceFunc(func() {
		v.mu.Lock()
		defer v.mu.Unlock()
		if v.held--; v.held == 0 {
			close(v.open)
		}
	})
}
