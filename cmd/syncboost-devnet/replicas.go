package main

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/syncboost/syncboost/devnet"
)

// syncboostBin is the command the replicas run: -syncboost, or syncboost built from this
// module into DATADIR/bin; "" without replicas.
func syncboostBin(ctx context.Context, o options) (string, error) {
	if o.replicas == 0 || o.syncboost != "" {
		return o.syncboost, nil
	}
	bin, err := filepath.Abs(filepath.Join(o.dir, "bin", "syncboost"))
	if err != nil {
		return "", err
	}
	out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/syncboost/syncboost/cmd/syncboost").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build syncboost for the replicas (or pass -syncboost): %w\n%s", err, out)
	}
	return bin, nil
}

// runChaos runs the chaos schedule over -slots slots, prints the figures and stops the devnet;
// it fails when a promise was broken.
func runChaos(ctx context.Context, e env, d *devnet.Devnet, o options) int {
	rep, err := d.RunChaos(ctx, devnet.ChaosConfig{Slots: int(o.slots), KillEvery: 10, RedisRestartAt: int(o.slots) / 2,
		Seed: uint64(time.Now().UnixNano())})
	rep.Print(e.stdout)
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if serr := d.Stop(stopCtx); serr != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: stop: %v\n", serr)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: %v\n", err)
		return exitFail
	}
	return exitOK
}
