package config

import (
	"fmt"
	"math/big"
	"time"

	"github.com/syncboost/syncboost/bundle"

	"github.com/syncboost/syncboost/transport/httpserver"
)

// Log configures the process logger.
type Log struct {
	Level  string `toml:"level"`  // trace | debug | info | warn | error
	Format string `toml:"format"` // json | console
}

func defaultLog() Log { return Log{Level: "info", Format: "json"} }

// Check validates the section.
func (l Log) Check() error {
	var p problems
	p.add("level", oneOf(l.Level, "trace", "debug", "info", "warn", "error"))
	p.add("format", oneOf(l.Format, "json", "console"))
	return p.join()
}

// Metrics configures the listener serving /metrics, /livez and /readyz.
type Metrics struct {
	Listen string `toml:"listen"`
}

func defaultMetrics() Metrics { return Metrics{Listen: "127.0.0.1:18646"} }

// Check validates the section.
func (m Metrics) Check() error {
	var p problems
	p.add("listen", checkListen(m.Listen))
	return p.join()
}

// SearcherAPI configures the JSON-RPC listener searchers send bundles to.
type SearcherAPI struct {
	Listen            string        `toml:"listen"`
	ReadHeaderTimeout time.Duration `toml:"read_header_timeout"`
	ReadTimeout       time.Duration `toml:"read_timeout"`
	WriteTimeout      time.Duration `toml:"write_timeout"`
	IdleTimeout       time.Duration `toml:"idle_timeout"`
	MaxHeaderBytes    int           `toml:"max_header_bytes"`
	MaxBodyBytes      int64         `toml:"max_body_bytes"`
	// RatePerSecond and RateBurst bound the requests of one searcher identity.
	RatePerSecond float64 `toml:"rate_per_second"`
	RateBurst     int     `toml:"rate_burst"`
	// MaxBundlesPerIdentityPerSlot bounds one signer's pooled bundles per target slot.
	MaxBundlesPerIdentityPerSlot int `toml:"max_bundles_per_identity_per_slot"`
	// MaxPooledBundles bounds the whole pool.
	MaxPooledBundles int `toml:"max_pooled_bundles"`
	// MaxUnverifiedBodies bounds the request bodies read before their signature is checked.
	MaxUnverifiedBodies int `toml:"max_unverified_bodies"`
	// MaxUnverifiedPerIP is the part of them one remote address may hold.
	MaxUnverifiedPerIP int `toml:"max_unverified_per_ip"`
	// MaxStreamsPerIdentity, MaxStreams and MaxWatchers bound the bundle event streams.
	MaxStreamsPerIdentity int `toml:"max_streams_per_identity"`
	MaxStreams            int `toml:"max_streams"`
	MaxWatchers           int `toml:"max_watchers"`
	// RatePerIP and RateBurstPerIP bound the requests from one remote IP, all identities
	// together.
	RatePerIP      float64 `toml:"rate_per_ip"`
	RateBurstPerIP int     `toml:"rate_burst_per_ip"`
	// MaxBundlesPerSlot bounds the pooled bundles of one target slot, all identities together;
	// ReservedBundlesPerSlot of them only identities with proven standing may use.
	MaxBundlesPerSlot      int `toml:"max_bundles_per_slot"`
	ReservedBundlesPerSlot int `toml:"reserved_bundles_per_slot"`
	// FreshBundlesPerSlot is what a fresh identity may pool per slot (reputation raises it to
	// max_bundles_per_identity_per_slot).
	FreshBundlesPerSlot int `toml:"fresh_bundles_per_slot"`
	// CallRatePerIdentity, CallRateFresh and CallRateTotal bound based_callBundle's
	// simulations per second: one identity's, all fresh identities' together, everyone's.
	CallRatePerIdentity float64 `toml:"call_rate_per_identity"`
	CallRateFresh       float64 `toml:"call_rate_fresh"`
	CallRateTotal       float64 `toml:"call_rate_total"`
}

func defaultSearcherAPI() SearcherAPI {
	return SearcherAPI{
		Listen:                       "127.0.0.1:18645",
		ReadHeaderTimeout:            2 * time.Second,
		ReadTimeout:                  5 * time.Second,
		WriteTimeout:                 10 * time.Second,
		IdleTimeout:                  60 * time.Second,
		MaxHeaderBytes:               16 << 10,
		MaxBodyBytes:                 2 << 20,
		RatePerSecond:                50,
		RateBurst:                    100,
		MaxBundlesPerIdentityPerSlot: 100,
		MaxPooledBundles:             10000,
		MaxUnverifiedBodies:          64,
		MaxUnverifiedPerIP:           8,
		MaxStreamsPerIdentity:        4,
		MaxStreams:                   256,
		MaxWatchers:                  512,
		RatePerIP:                    200,
		RateBurstPerIP:               400,
		MaxBundlesPerSlot:            2000,
		ReservedBundlesPerSlot:       500,
		FreshBundlesPerSlot:          2,
		CallRatePerIdentity:          2,
		CallRateFresh:                10,
		CallRateTotal:                50,
	}
}

// Server returns the HTTP server settings of the searcher listener.
func (s SearcherAPI) Server() httpserver.Config {
	return httpserver.Config{
		Listen:            s.Listen,
		ReadHeaderTimeout: s.ReadHeaderTimeout,
		ReadTimeout:       s.ReadTimeout,
		WriteTimeout:      s.WriteTimeout,
		IdleTimeout:       s.IdleTimeout,
		MaxHeaderBytes:    s.MaxHeaderBytes,
		MaxBodyBytes:      s.MaxBodyBytes,
	}
}

// Check validates the section.
func (s SearcherAPI) Check() error {
	var p problems
	p.add("listen", checkListen(s.Listen))
	p.add("read_header_timeout", positiveDuration(s.ReadHeaderTimeout))
	p.add("read_timeout", positiveDuration(s.ReadTimeout))
	p.add("write_timeout", positiveDuration(s.WriteTimeout))
	p.add("idle_timeout", positiveDuration(s.IdleTimeout))
	p.add("max_header_bytes", positive(s.MaxHeaderBytes))
	p.add("max_body_bytes", positive(s.MaxBodyBytes))
	p.add("rate_per_second", positive(s.RatePerSecond))
	p.add("rate_burst", positive(s.RateBurst))
	p.add("max_bundles_per_identity_per_slot", positive(s.MaxBundlesPerIdentityPerSlot))
	p.add("max_pooled_bundles", positive(s.MaxPooledBundles))
	p.add("max_unverified_bodies", positive(s.MaxUnverifiedBodies))
	p.add("max_unverified_per_ip", positive(s.MaxUnverifiedPerIP))
	p.add("max_streams_per_identity", positive(s.MaxStreamsPerIdentity))
	p.add("max_streams", atLeast(s.MaxStreams, s.MaxStreamsPerIdentity, "max_streams_per_identity"))
	p.add("max_watchers", atLeast(s.MaxWatchers, s.MaxStreams, "max_streams"))
	p.add("rate_per_ip", positive(s.RatePerIP))
	p.add("rate_burst_per_ip", positive(s.RateBurstPerIP))
	p.add("max_bundles_per_slot", positive(s.MaxBundlesPerSlot))
	p.add("reserved_bundles_per_slot", below(s.ReservedBundlesPerSlot, s.MaxBundlesPerSlot, "max_bundles_per_slot"))
	p.add("fresh_bundles_per_slot", between(s.FreshBundlesPerSlot, s.MaxBundlesPerIdentityPerSlot, "max_bundles_per_identity_per_slot"))
	p.add("call_rate_per_identity", positive(s.CallRatePerIdentity))
	p.add("call_rate_fresh", positive(s.CallRateFresh))
	p.add("call_rate_total", above(s.CallRateTotal, s.CallRateFresh, "call_rate_fresh"))
	return p.join()
}

// below requires 0 <= v < ceiling (the value of the key named other).
func below(v, ceiling int, other string) error {
	if v < 0 || v >= ceiling {
		return errorf(ErrRange, "%d must be >= 0 and below %s (%d)", v, other, ceiling)
	}
	return nil
}

// between requires 0 < v <= ceiling (the value of the key named other).
func between(v, ceiling int, other string) error {
	if err := positive(v); err != nil {
		return err
	}
	if v > ceiling {
		return errorf(ErrRange, "%d is above %s (%d)", v, other, ceiling)
	}
	return nil
}

// above requires v > floor (the value of the key named other), floor > 0 being checked there.
func above(v, floor float64, other string) error {
	if v <= floor {
		return errorf(ErrRange, "%v must be above %s (%v)", v, other, floor)
	}
	return nil
}

// atLeast requires v > 0 and v >= floor (the value of the key named other).
func atLeast(v, floor int, other string) error {
	if err := positive(v); err != nil {
		return err
	}
	if v < floor {
		return errorf(ErrRange, "%d is below %s (%d)", v, other, floor)
	}
	return nil
}

// Limits bound what one searcher bundle may contain.
type Limits struct {
	MaxTxsPerBundle   int    `toml:"max_txs_per_bundle"` // pre + L2 + post transactions
	MaxBundleBytes    int    `toml:"max_bundle_bytes"`   // raw transactions plus assertion data
	MaxGasPerTx       uint64 `toml:"max_gas_per_tx"`
	MaxGasPerBundle   uint64 `toml:"max_gas_per_bundle"`
	MinPriorityFeeWei uint64 `toml:"min_priority_fee_wei"` // L1 legs; 0: no floor
	MinL2FeeWei       uint64 `toml:"min_l2_fee_wei"`       // L2 fee cap; 0: no floor
	AllowBlobTxs      bool   `toml:"allow_blob_txs"`
	MaxAssertions     int    `toml:"max_assertions"`
}

func defaultLimits() Limits {
	return Limits{
		MaxTxsPerBundle: 32,
		MaxBundleBytes:  1 << 20,
		MaxGasPerTx:     1 << 24, // EIP-7825's transaction gas cap
		MaxGasPerBundle: 30_000_000,
		MaxAssertions:   16,
	}
}

// Check validates the section.
func (l Limits) Check() error {
	var p problems
	p.add("max_txs_per_bundle", positive(l.MaxTxsPerBundle))
	p.add("max_bundle_bytes", positive(l.MaxBundleBytes))
	p.add("max_gas_per_tx", positive(l.MaxGasPerTx))
	p.add("max_gas_per_bundle", positive(l.MaxGasPerBundle))
	p.add("max_assertions", positive(l.MaxAssertions))
	if l.MaxGasPerTx > l.MaxGasPerBundle && l.MaxGasPerBundle > 0 {
		p.add("max_gas_per_tx", errorf(ErrRange, "%d exceeds max_gas_per_bundle %d", l.MaxGasPerTx, l.MaxGasPerBundle))
	}
	return p.join()
}

// Bundle returns the limits in the form bundle validation takes.
func (l Limits) Bundle() bundle.Limits {
	return bundle.Limits{
		MaxTxs:          l.MaxTxsPerBundle,
		MaxBytes:        l.MaxBundleBytes,
		MaxGasPerTx:     l.MaxGasPerTx,
		MaxGasPerBundle: l.MaxGasPerBundle,
		MinPriorityFee:  weiFloor(l.MinPriorityFeeWei),
		MinL2Fee:        weiFloor(l.MinL2FeeWei),
		MaxAssertions:   l.MaxAssertions,
		AllowBlobTxs:    l.AllowBlobTxs,
	}
}

// weiFloor maps 0 (no floor) to nil.
func weiFloor(v uint64) *big.Int {
	if v == 0 {
		return nil
	}
	return new(big.Int).SetUint64(v)
}

// Journal configures the embedded store that makes accepted bundles durable.
type Journal struct {
	Dir       string        `toml:"dir"`
	Retention time.Duration `toml:"retention"`
	// MaxFinishedPerIdentity is how many finished bundles one searcher identity keeps
	// queryable within the retention, so one identity's churn never evicts another's;
	// MaxFinished bounds them all together (the identities holding the most lose first).
	MaxFinishedPerIdentity int `toml:"max_finished_per_identity"`
	MaxFinished            int `toml:"max_finished"`
}

func defaultJournal() Journal {
	return Journal{Dir: "data/journal", Retention: 72 * time.Hour, MaxFinishedPerIdentity: 1000, MaxFinished: 100_000}
}

// Check validates the section.
func (j Journal) Check() error {
	var p problems
	if j.Dir == "" {
		p.add("dir", ErrRequired)
	}
	p.add("retention", positiveDuration(j.Retention))
	p.add("max_finished_per_identity", positive(j.MaxFinishedPerIdentity))
	p.add("max_finished", positive(j.MaxFinished))
	if j.MaxFinishedPerIdentity > j.MaxFinished {
		p.add("max_finished_per_identity", fmt.Errorf("%w: %d is over max_finished %d", ErrRange, j.MaxFinishedPerIdentity, j.MaxFinished))
	}
	return p.join()
}
