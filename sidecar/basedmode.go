package sidecar

import (
	"fmt"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/basedmode"
	"github.com/syncboost/syncboost/sidecar/internal/driver"
	"github.com/syncboost/syncboost/sidecar/internal/inbox"
	"github.com/syncboost/syncboost/sidecar/internal/target"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

// basedMode adds the based-mode trigger after the driver it offers slots to, unless
// [pipeline] based_mode is off.
func (b *builder) basedMode(sup *lifecycle.Supervisor, sched *clock.Schedule, ib *inbox.Inbox, targets target.Resolver,
	drv *driver.Driver, skips basedmode.Skips) error {
	if !b.cfg.Pipeline.BasedMode {
		return nil
	}
	maker, err := basedmode.NewMaker(b.cfg.L2.ChainID, ib, targets, b.l2)
	if err != nil {
		return fmt.Errorf("based mode: %w", err)
	}
	trig, err := basedmode.NewTrigger(basedmode.Deps{Maker: maker, Heads: b.app.Beacon, Driver: drv, Clock: b.d.Clock,
		Schedule: sched, Log: b.d.Log, Metrics: basedmode.NewMetrics(b.d.Registry), Skips: skips})
	if err != nil {
		return fmt.Errorf("based mode: %w", err)
	}
	return sup.Add("based-mode", trig)
}
