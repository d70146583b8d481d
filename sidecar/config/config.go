// Package config defines the sidecar's TOML configuration: its schema and
// defaults, strict decoding (an unknown key is an error naming the key and its
// line), overrides from flags and SYNCBOOST_* environment variables, secrets
// read from files or the environment, and the checks every section must pass.
package config

import (
	"errors"
	"fmt"
	"slices"
)

// Config is the whole sidecar configuration, one field per TOML section.
type Config struct {
	Log         Log         `toml:"log"`
	Metrics     Metrics     `toml:"metrics"`
	SearcherAPI SearcherAPI `toml:"searcher_api"`
	Limits      Limits      `toml:"limits"`
	Journal     Journal     `toml:"journal"`
	Pool        Pool        `toml:"pool"`
	L1          L1          `toml:"l1"`
	L2          L2          `toml:"l2"`
	Sequencer   Sequencer   `toml:"sequencer"`
	Inbox       Inbox       `toml:"inbox"`
	Beacon      Beacon      `toml:"beacon"`
	Deadlines   Deadlines   `toml:"deadlines"`
	Identity    Identity    `toml:"identity"`
	Relays      []Relay     `toml:"relays"`
	BuilderHook BuilderHook `toml:"builder_hook"`
	Prover      Prover      `toml:"prover"`
	Pipeline    Pipeline    `toml:"pipeline"`
}

// Default returns the configuration used for every key the file, the
// environment and the flags leave unset.
func Default() Config {
	return Config{
		Log:         defaultLog(),
		Metrics:     defaultMetrics(),
		SearcherAPI: defaultSearcherAPI(),
		Limits:      defaultLimits(),
		Journal:     defaultJournal(),
		Pool:        defaultPool(),
		L1:          defaultL1(),
		L2:          defaultL2(),
		Sequencer:   defaultSequencer(),
		Beacon:      defaultBeacon(),
		Deadlines:   defaultDeadlines(),
		BuilderHook: defaultBuilderHook(),
		Prover:      defaultProver(),
		Pipeline:    defaultPipeline(),
	}
}

// checker is what every section implements.
type checker interface{ Check() error }

// Check validates every section and joins the problems; each one is named
// "section.key: reason".
func (c *Config) Check() error {
	sections := []struct {
		name string
		c    checker
	}{
		{"log", c.Log}, {"metrics", c.Metrics}, {"searcher_api", c.SearcherAPI},
		{"limits", c.Limits}, {"journal", c.Journal}, {"pool", c.Pool}, {"l1", c.L1}, {"l2", c.L2},
		{"sequencer", c.Sequencer}, {"inbox", c.Inbox}, {"beacon", c.Beacon},
		{"deadlines", c.Deadlines}, {"identity", c.Identity},
		{"builder_hook", c.BuilderHook}, {"prover", c.Prover}, {"pipeline", c.Pipeline},
	}
	var errs []error
	for _, s := range sections {
		errs = append(errs, sectionErr(s.name, s.c.Check()))
	}
	errs = append(errs, c.checkRelays()...)
	receivers := slices.ContainsFunc(c.Relays, Relay.ReceivesBundles)
	if !receivers && c.BuilderHook.Listen == "" {
		errs = append(errs, fmt.Errorf("relays: %w: configure at least one [[relays]] entry with a url or builder_hook.listen, or bundles go nowhere", ErrRequired))
	}
	if receivers && !c.Identity.Key.IsSet() {
		errs = append(errs, fmt.Errorf("identity.key: %w: relays authenticate bundles with X-Flashbots-Signature", ErrRequired))
	}
	if c.Sequencer.SignRequests && !c.Identity.Key.IsSet() {
		errs = append(errs, fmt.Errorf("identity.key: %w: sequencer.sign_requests signs the feed stream and outcome reports", ErrRequired))
	}
	if c.L1.ChainID != 0 && c.L1.ChainID == c.L2.ChainID {
		errs = append(errs, fmt.Errorf("l2.chain_id: %w: equals l1.chain_id %d", ErrRange, c.L1.ChainID))
	}
	return errors.Join(errs...)
}

func (c *Config) checkRelays() []error {
	var errs []error
	seen := map[string]int{}
	for i, r := range c.Relays {
		name := fmt.Sprintf("relays[%d]", i)
		errs = append(errs, sectionErr(name, r.Check()))
		if j, dup := seen[r.Name]; dup && r.Name != "" {
			errs = append(errs, fmt.Errorf("%s.name: %w: %q already used by relays[%d]", name, ErrEnum, r.Name, j))
		}
		seen[r.Name] = i
	}
	return errs
}

// sectionErr prefixes every joined error of a section with the section name,
// so "read_timeout: must be > 0" becomes "searcher_api.read_timeout: must be > 0".
func sectionErr(section string, err error) error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, sectionErr(section, e))
		}
		return errors.Join(out...)
	}
	return fmt.Errorf("%s.%w", section, err)
}
