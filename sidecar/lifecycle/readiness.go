package lifecycle

import "errors"

// Readiness is one component's readiness: Err is nil when it is ready, else the reason.
type Readiness struct {
	Name string
	Err  error
}

// Parter is implemented by a component that runs components of its own (on a supervisor of its
// own): Readiness lists each of them in place of the component itself once it has any.
type Parter interface {
	Readiness() []Readiness
}

var errNotStarted = errors.New("not started")

// Readiness lists every component in start order with its readiness, as Ready judges it; a
// Parter's own parts follow under "name/part".
func (s *Supervisor) Readiness() []Readiness {
	s.mu.Lock()
	entries, started, fatal := s.entries, s.started, s.fatal
	s.mu.Unlock()
	var out []Readiness
	for i, e := range entries {
		r := Readiness{Name: e.name}
		if p, ok := e.c.(Parter); ok && i < started {
			if parts := p.Readiness(); len(parts) > 0 {
				for _, part := range parts {
					out = append(out, Readiness{Name: e.name + "/" + part.Name, Err: part.Err})
				}
				continue
			}
		}
		switch c, ok := e.c.(Checker); {
		case fatal != nil && fatal.Component == e.name:
			r.Err = fatal.Err
		case i >= started:
			r.Err = errNotStarted
		case ok:
			r.Err = c.Ready()
		}
		out = append(out, r)
	}
	return out
}
