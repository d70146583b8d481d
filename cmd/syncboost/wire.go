package main

import (
	"github.com/syncboost/syncboost/sidecar/app"
	"github.com/syncboost/syncboost/sidecar/clock"
)

// wire builds the sidecar's components onto d.sup in start order (sidecar/app); they stop in
// reverse.
func wire(d deps) error {
	_, err := app.Build(d.cfg, app.Deps{Log: d.log, Registry: d.reg, Clock: clock.Real{}}, d.sup)
	return err
}
