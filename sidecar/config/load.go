package config

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// Sources are where a configuration comes from, in rising precedence:
// defaults < the file at Path < SYNCBOOST_* entries of Environ < Flags.
type Sources struct {
	// Path of the TOML file; empty means defaults and overrides only.
	Path string
	// Environ holds "NAME=value" entries as os.Environ returns them. Its
	// SYNCBOOST_* entries override the file, and env:NAME secrets are read
	// from it unless Lookup is set.
	Environ []string
	// Lookup resolves env:NAME secrets; nil means look them up in Environ.
	Lookup LookupFunc
	// Flags are command-line overrides, applied in order.
	Flags []Override
}

// LookupIn returns a LookupFunc over "NAME=value" entries (the last one wins,
// as in a shell).
func LookupIn(environ []string) LookupFunc {
	m := make(map[string]string, len(environ))
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return func(name string) (string, bool) {
		v, ok := m[name]
		return v, ok
	}
}

// Load builds the effective configuration from src, reads its secrets and
// checks it. On a check failure it returns the configuration too, so the
// caller can show what was checked.
func Load(src Sources) (*Config, error) {
	cfg, err := decodeFile(src.Path)
	if err != nil {
		return nil, err
	}
	env, err := envOverrides(src.Environ)
	if err != nil {
		return nil, err
	}
	for _, o := range append(env, src.Flags...) {
		if err := o.apply(cfg); err != nil {
			return nil, err
		}
	}
	cfg.Deadlines.applyDefaults()
	lookup := src.Lookup
	if lookup == nil {
		lookup = LookupIn(src.Environ)
	}
	// Load errors stay inside each Secret; the sections' Check reports them
	// with the key's name.
	for _, s := range cfg.secrets() {
		_ = s.Load(lookup)
	}
	return cfg, cfg.Check()
}

func decodeFile(path string) (*Config, error) {
	if path == "" {
		cfg := Default()
		return &cfg, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	cfg, err := Decode(data, filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cfg, nil
}

// WriteTOML prints the configuration as TOML. Secrets print as "[redacted]"
// and the kind of their source, never their value or path.
func (c *Config) WriteTOML(w io.Writer) error {
	if _, err := io.WriteString(w, "# effective configuration (secrets redacted)\n"); err != nil {
		return err
	}
	return toml.NewEncoder(w).Encode(c)
}
