package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"time"

	"github.com/syncboost/syncboost/devnet"
	"github.com/syncboost/syncboost/sidecar/obs"
)

// cmdDevnet runs the whole system on loopback until SIGINT/SIGTERM (or -slots slots).
func cmdDevnet(e env, args []string) int {
	fs := flag.NewFlagSet("syncboost devnet", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("datadir", filepath.Join("data", "devnet"), "where devnet.json, the sidecar's config, keys and journal go")
	slot := fs.Duration("slot", 2*time.Second, "L1 slot length (whole seconds; 12s works)")
	block := fs.Duration("block-interval", 250*time.Millisecond, "time between sequenced L2 blocks")
	failEvery := fs.Uint64("fail-every", 4, "also send a bundle whose assertion fails every N slots (0: never)")
	slots := fs.Uint64("slots", 0, "stop after this many slots (0: run until interrupted)")
	level := fs.String("log-level", "warn", "log level of the devnet's parts (trace|debug|info|warn|error)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 0 {
		return exitUsage
	}
	log, err := obs.NewLogger(obs.LogConfig{Level: *level, Format: "console", Writer: e.stderr})
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost devnet: %v\n", err)
		return exitUsage
	}
	d, err := devnet.New(devnet.Config{DataDir: *dir, SlotDuration: *slot, BlockInterval: *block, FailEvery: *failEvery,
		Table: e.stdout, Log: log})
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost devnet: %v\n", err)
		return exitUsage
	}
	sig := e.signals()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-sig:
			cancel()
		case <-ctx.Done():
		}
	}()
	fmt.Fprintf(e.stdout, "starting the devnet in %s (Ctrl-C stops it)\n", *dir)
	if err := d.Start(ctx); err != nil {
		fmt.Fprintf(e.stderr, "syncboost devnet: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "devnet up: %s\n", filepath.Join(*dir, "devnet.json"))
	first := d.L1.LastSlot() + 3 // two warm-up slots: the sidecar's L1 view and the searcher start
	wait(ctx, d, *slots)
	last := d.L1.LastSlot() - 1 // the last slot's outcome is not in yet
	stopCtx, stopCancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer stopCancel()
	if err := d.Stop(stopCtx); err != nil {
		fmt.Fprintf(e.stderr, "syncboost devnet: stop: %v\n", err)
		return exitFail
	}
	if last >= first {
		d.Stats(first, last).Print(e.stdout)
	}
	return exitOK
}

// wait returns when ctx ends or, with a limit, once that many slots have passed.
func wait(ctx context.Context, d *devnet.Devnet, slots uint64) {
	if slots == 0 {
		<-ctx.Done()
		return
	}
	last := d.L1.LastSlot() + slots
	_, _ = d.L1.WaitSlot(ctx, last)
}
