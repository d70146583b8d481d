// Command syncboost-devnet runs the whole system on loopback in one process:
// L1 and L2 go-ethereum nodes, a devnet builder, the inbox contracts, the
// sequencer, the sidecar and a demo searcher. It is a separate command so
// that the operator's syncboost binary links none of it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/syncboost/syncboost/devnet"
	"github.com/syncboost/syncboost/sidecar/obs"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// env is what the command takes from the process, injected for tests.
type env struct{ stdout, stderr io.Writer }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	// Once the first signal has started the stop, a second one kills at once.
	context.AfterFunc(ctx, stop)
	code := run(ctx, env{stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

const usage = `Usage: syncboost-devnet [flags]

Runs the whole system on loopback until Ctrl-C (or -slots slots) and prints one row per L1 slot:
an L1 go-ethereum node whose blocks come from a devnet builder, the inbox contracts, an L2
go-ethereum node with its sequencer, the sidecar (configured from a TOML file exactly as an
operator's) and a demo searcher. Tools find every URL, contract and funded key in
DATADIR/devnet.json. With -slots N it stops after N slots and prints the land rate and dead times.
With -replicas N the sidecar runs as N processes sharing one Redis; -chaos then kills them.
With -epbs L1 runs under ePBS, with a share of payloads withheld (-withhold-share); the table shows
per slot which parent won (FULL/EMPTY) and which variant landed. With -flood a crowd of fresh
searcher identities floods the searcher API (-flood-rate requests/s) while the slots run.

Flags:
`

// options are the command's flags.
type options struct {
	dir, level       string
	slot, block      time.Duration
	failEvery, slots uint64
	unbundle         float64
	faults, chaos    bool
	epbs             bool
	withhold         float64
	committee        int
	replicas         int
	syncboost        string
	flood            bool
	floodRate        float64
}

// parse reads the flags; -h prints the usage and returns flag.ErrHelp.
func parse(e env, args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("syncboost-devnet", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&o.dir, "datadir", filepath.Join("data", "devnet"), "where devnet.json, the sidecar's config, keys and journal go")
	fs.DurationVar(&o.slot, "slot", 2*time.Second, "L1 slot length (whole seconds; 12s works)")
	fs.DurationVar(&o.block, "block-interval", 250*time.Millisecond, "time between sequenced L2 blocks")
	fs.Uint64Var(&o.failEvery, "fail-every", 4, "also send a bundle whose post-call fails every N slots (0: never)")
	fs.Float64Var(&o.unbundle, "unbundle-share", 0, "share of slots (0..1) in which the devnet builder breaks bundles apart, as a dishonest builder would")
	fs.BoolVar(&o.faults, "faults", false, "every 20 slots miss an L1 slot, reorg the L1 head and force a transaction through the inbox; every 7th based block in blobs; once, the sequencer down for 14 slots (based mode)")
	fs.BoolVar(&o.epbs, "epbs", false, "run L1 under ePBS (Gloas at epoch 0): the builder bids at the slot start and reveals its payload, or withholds it; the sequencer signs a FULL and an EMPTY variant per slot")
	fs.Float64Var(&o.withhold, "withhold-share", 0.25, "with -epbs: share of slots (0..1, chosen from the slot number) whose payload the builder withholds")
	fs.IntVar(&o.committee, "committee", 0, "certify with a BLS committee of N members (>= 2/3 must sign; 0: the sequencer's ECDSA key)")
	fs.IntVar(&o.replicas, "replicas", 0, "run N sidecar processes sharing one Redis (the pool and the per-slot lease) in place of the in-process sidecar")
	fs.StringVar(&o.syncboost, "syncboost", "", "the syncboost command the replicas run (default: go build it into DATADIR/bin)")
	fs.BoolVar(&o.chaos, "chaos", false, "with -replicas and -slots: SIGKILL a replica about every 10 slots and restart Redis once, then check no acknowledged bundle was lost, every slot landed and none was sent twice with different contents")
	fs.BoolVar(&o.flood, "flood", false, "flood the sidecar's searcher API during the run with signed bundles from 64 fresh searcher identities (bundles that fail their simulation), and print how many were accepted and refused")
	fs.Float64Var(&o.floodRate, "flood-rate", 1000, "with -flood: requests per second of the flood, all identities together")
	fs.Uint64Var(&o.slots, "slots", 0, "stop after this many slots (0: run until interrupted)")
	fs.StringVar(&o.level, "log-level", "warn", "log level of the devnet's parts (trace|debug|info|warn|error)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.unbundle < 0 || o.unbundle > 1 {
		fmt.Fprintf(e.stderr, "syncboost-devnet: -unbundle-share %v must be in [0, 1]\n", o.unbundle)
		return o, errors.New("bad -unbundle-share")
	}
	if o.withhold < 0 || o.withhold > 1 {
		fmt.Fprintf(e.stderr, "syncboost-devnet: -withhold-share %v must be in [0, 1]\n", o.withhold)
		return o, errors.New("bad -withhold-share")
	}
	if !o.epbs {
		o.withhold = 0 // the MEV-Boost timeline reveals every block
	}
	if o.flood && (o.floodRate <= 0 || o.replicas > 0) {
		fmt.Fprintln(e.stderr, "syncboost-devnet: -flood needs -flood-rate > 0 and the in-process sidecar (no -replicas)")
		return o, errors.New("bad -flood")
	}
	if !o.flood {
		o.floodRate = 0
	}
	if o.chaos && (o.replicas < 2 || o.slots == 0) {
		fmt.Fprintln(e.stderr, "syncboost-devnet: -chaos needs -replicas 2 or more and -slots")
		return o, errors.New("bad -chaos")
	}
	if fs.NArg() != 0 {
		fmt.Fprintf(e.stderr, "syncboost-devnet: unexpected arguments %q\n", fs.Args())
		return o, errors.New("unexpected arguments")
	}
	return o, nil
}

// run runs the devnet until ctx ends (or -slots slots) and returns the exit code.
func run(ctx context.Context, e env, args []string) int {
	o, err := parse(e, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		return exitUsage
	}
	log, err := obs.NewLogger(obs.LogConfig{Level: o.level, Format: obs.FormatConsole, Writer: e.stderr})
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: %v\n", err)
		return exitUsage
	}
	bin, err := syncboostBin(ctx, o)
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: %v\n", err)
		return exitFail
	}
	d, err := devnet.New(devnet.Config{DataDir: o.dir, SlotDuration: o.slot, BlockInterval: o.block, FailEvery: o.failEvery,
		UnbundleShareBps: uint32(math.Round(o.unbundle * 10_000)), Faults: o.faults, Committee: o.committee, Table: e.stdout, Log: log,
		Replicas: o.replicas, SidecarBin: bin, EPBS: o.epbs, WithholdShareBps: uint32(math.Round(o.withhold * 10_000)), FloodRate: o.floodRate})
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "starting the devnet in %s (Ctrl-C stops it)\n", o.dir)
	if err := d.Start(ctx); err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "devnet up: %s\n", filepath.Join(o.dir, "devnet.json"))
	if o.chaos {
		return runChaos(ctx, e, d, o)
	}
	first := d.L1.LastSlot() + 3 // two warm-up slots: the sidecar's L1 view and the searcher start
	wait(ctx, d, o.slots)
	last := d.L1.LastSlot() - 1 // the last slot's outcome is not in yet
	var down devnet.DownFigures
	var downErr error
	if o.faults {
		down, downErr = d.Down(context.WithoutCancel(ctx))
	}
	stopCtx, stopCancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer stopCancel()
	if err := d.Stop(stopCtx); err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: stop: %v\n", err)
		return exitFail
	}
	code := exitOK
	if last >= first {
		st := d.Stats(first, last)
		st.Print(e.stdout)
		if c, ok := d.FloodCounts(); ok {
			c.Print(e.stdout)
			if st.Released == 0 || 100*st.Landed < 99*st.Released {
				fmt.Fprintf(e.stderr, "syncboost-devnet: under the flood %d of %d released slots landed, below 99 %%\n", st.Landed, st.Released)
				code = exitFail
			}
		}
		if o.epbs && !epbsOK(e, d.EPBSStats(first, last)) {
			code = exitFail
		}
		if st.Disagreed > 0 {
			fmt.Fprintf(e.stderr, "syncboost-devnet: the L1-only node disagreed with the sequencer in %d slots (the log names both hashes)\n", st.Disagreed)
			code = exitFail
		}
	}
	if d.Derive == nil {
		return code
	}
	if err := d.Derive.Err(); err != nil {
		fmt.Fprintf(e.stderr, "syncboost-devnet: deriving the L2 from L1: %v\n", err)
		code = exitFail
	}
	if o.faults && !reportFaults(e, d.Faults(), last, down, downErr) {
		code = exitFail
	}
	return code
}

// epbsOK prints the ePBS figures and says whether the run kept the promise: at least 99 % of the
// slots whose proposer took the builder's block landed, each in the variant on the block's
// parent, and no slot landed twice.
func epbsOK(e env, st devnet.EPBSStats) bool {
	st.Print(e.stdout)
	switch {
	case st.LandedTwice > 0:
		fmt.Fprintf(e.stderr, "syncboost-devnet: %d slots landed twice\n", st.LandedTwice)
	case st.WrongVariant > 0:
		fmt.Fprintf(e.stderr, "syncboost-devnet: %d slots landed in a variant whose parent is not the block's\n", st.WrongVariant)
	case st.LandRate() < 0.99:
		fmt.Fprintf(e.stderr, "syncboost-devnet: ePBS land rate %.1f %% is below 99 %%\n", 100*st.LandRate())
	default:
		return true
	}
	return false
}

// reportFaults prints what the fault schedule injected and whether the sequencer-down period
// kept its promise.
func reportFaults(e env, f devnet.FaultCounts, last uint64, down devnet.DownFigures, err error) bool {
	fmt.Fprintf(e.stdout, "faults injected: %d missed slots, %d L1 reorgs, %d forced transactions, %d errors\n", f.Missed, f.Reorgs, f.Forced, len(f.Errors))
	for _, msg := range f.Errors {
		fmt.Fprintf(e.stdout, "  %s\n", msg)
	}
	return downOK(e, f, last, down, err)
}

// downOK prints the sequencer-down period's figures and says whether it kept its promise:
// uncertified based blocks landed, and every transfer sent meanwhile is on the L1-only node's
// chain (by a based block, or sequenced after the sequencer resumed).
func downOK(e env, f devnet.FaultCounts, last uint64, down devnet.DownFigures, err error) bool {
	if f.Down == 0 {
		return true
	}
	fmt.Fprintf(e.stdout, "sequencer down for %d slots: %d based-mode blocks landed; %d of the %d L2 transfers sent meanwhile derived from L1\n",
		f.Down, down.BasedModeBlocks, down.Derived, down.Transfers)
	switch {
	case last < f.DownUntil+3: // too short a run to judge
		fmt.Fprintln(e.stdout, "  (the run ended before the sequencer was back for 3 slots)")
		return true
	case err != nil:
		fmt.Fprintf(e.stderr, "syncboost-devnet: sequencer down: %v\n", err)
	case down.BasedModeBlocks == 0:
		fmt.Fprintln(e.stderr, "syncboost-devnet: the sequencer was down, and no based-mode block landed")
	case down.Derived < down.Transfers:
		fmt.Fprintf(e.stderr, "syncboost-devnet: %d L2 transfers sent while the sequencer was down are not on the L1-only node's chain\n", down.Transfers-down.Derived)
	default:
		return true
	}
	return false
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
