package lease

import (
	"context"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// renewals extends every held lease each TTL/3 until its slot's last send; a lease that was
// lost (Redis lost it, or it lapsed while this process was stalled) is dropped and logged.
func (l *Lease) renewals(ctx context.Context) {
	t := l.clk.NewTimer(l.cfg.TTL / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C():
		}
		l.renewAll(ctx)
		t.Reset(l.cfg.TTL / 3)
	}
}

func (l *Lease) renewAll(ctx context.Context) {
	now := l.clk.Now()
	l.mu.Lock()
	var due []held
	for slot, h := range l.held {
		if now.After(h.until) {
			delete(l.held, slot) // past its last send: let it lapse
			continue
		}
		due = append(due, h)
	}
	l.mu.Unlock()
	ttl := strconv.FormatInt(l.cfg.TTL.Milliseconds(), 10)
	for _, h := range due {
		ok, err := renewScript.Run(ctx, l.rdb, []string{l.key(h.h.Slot)}, h.h.value, ttl).Int()
		switch {
		case err != nil:
			l.m.errors.Inc()
			l.log.Warn().Err(err).Uint64("slot", h.h.Slot).Msg("slot lease not renewed")
		case ok == 0:
			l.m.lost.Inc()
			l.forget(h.h)
			l.log.Warn().Uint64("slot", h.h.Slot).Uint64("token", h.h.Token).Msg("slot lease lost")
		}
	}
}

type metrics struct {
	claims, takeovers, fenced, lost, resent, errors prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_lease_" + name, Help: help})
	}
	m := &metrics{
		claims:    c("claims_total", "Slot leases this replica took."),
		takeovers: c("takeovers_total", "Slots this replica took over from a holder that stopped renewing."),
		fenced:    c("fenced_total", "Sends refused because this replica's lease on the slot had lapsed."),
		lost:      c("lost_total", "Held slot leases found lapsed or taken at renewal."),
		resent:    c("resent_total", "Takeovers that sent the earlier holder's recorded bundle again."),
		errors:    c("errors_total", "Lease operations Redis did not answer."),
	}
	for _, col := range []prometheus.Collector{m.claims, m.takeovers, m.fenced, m.lost, m.resent, m.errors} {
		if err := reg.Register(col); err != nil {
			return nil, err
		}
	}
	return m, nil
}
