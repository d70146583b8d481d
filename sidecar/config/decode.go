package config

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/syncboost/syncboost/relayapi"
)

// maxReportedKeys bounds how many unknown keys one error lists.
const maxReportedKeys = 10

// KeyError is a problem with one key of the config file.
type KeyError struct {
	Key  string // dotted path, e.g. "searcher_api.read_timout"
	Line int    // 1-based line in the file; 0 when unknown
	Err  error  // ErrUnknownKey, ...
	Hint string
}

func (e *KeyError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	fmt.Fprintf(&b, "%s: %v", e.Key, e.Err)
	if e.Hint != "" {
		b.WriteString(" (" + e.Hint + ")")
	}
	return b.String()
}

func (e *KeyError) Unwrap() error { return e.Err }

// Decode returns the defaults overlaid with the TOML document data, strictly:
// unknown keys, keys in the wrong case and bare integers for durations are
// errors naming the key and its line. Relative paths (secret files, journal
// directory, committee file) resolve against dir.
func Decode(data []byte, dir string) (*Config, error) {
	cfg := Default()
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if err := strictKeys(md, data, &cfg); err != nil {
		return nil, err
	}
	applyRelayDefaults(md, &cfg)
	resolvePaths(&cfg, dir)
	return &cfg, nil
}

// strictKeys reports keys the schema does not know, keys whose case differs
// from the schema (the decoder matches case-insensitively) and durations
// written as bare integers (which the decoder reads as nanoseconds).
func strictKeys(md toml.MetaData, data []byte, cfg *Config) error {
	var errs []error
	reported := map[string]bool{}
	report := func(k toml.Key, err error, hint string) {
		for i := 1; i <= len(k); i++ {
			if reported[k[:i].String()] {
				return // its table is already reported
			}
		}
		reported[k.String()] = true
		if len(errs) < maxReportedKeys {
			errs = append(errs, &KeyError{Key: k.String(), Line: keyLine(md, data, k), Err: err, Hint: hint})
		}
	}
	for _, k := range md.Undecoded() {
		report(k, ErrUnknownKey, "")
	}
	durations := durationKeys()
	for _, k := range md.Keys() {
		if !lowerCase(k) {
			report(k, ErrUnknownKey, "keys are lower case")
		} else if durations[k.String()] && md.Type(k...) == "Integer" {
			report(k, ErrEnum, `durations are strings such as "5s" or "250ms"`)
		}
	}
	// TOML integers are int64; the decoder stores a negative one in a uint64
	// field as a huge number, which no TOML integer can otherwise produce.
	root := reflect.ValueOf(cfg).Elem()
	for _, f := range schema {
		v := root.FieldByIndex(f.index)
		if v.Kind() == reflect.Uint64 && v.Uint() > math.MaxInt64 {
			report(toml.Key{f.section, f.key}, ErrRange, "must not be negative")
		}
	}
	if n := len(reported); n > maxReportedKeys {
		errs = append(errs, fmt.Errorf("and %d more", n-maxReportedKeys))
	}
	return errors.Join(errs...)
}

func lowerCase(k toml.Key) bool {
	for _, part := range k {
		if part != strings.ToLower(part) {
			return false
		}
	}
	return true
}

// errLocate marks the decode error keyLine provokes on purpose.
var errLocate = errors.New("located")

// locate fails as soon as the decoder reaches it, so the decoder reports the
// key's position (which toml.MetaData keeps but does not export).
type locate struct{}

func (locate) UnmarshalTOML(any) error { return errLocate }

// keyLine returns the line of key k in data by decoding data into a type that
// has a single path to k and fails there. It returns 0 when that is not
// possible (keys the struct tags cannot express, inline arrays of tables).
func keyLine(md toml.MetaData, data []byte, k toml.Key) (line int) {
	defer func() {
		if recover() != nil {
			line = 0
		}
	}()
	t := reflect.TypeFor[locate]()
	for i := len(k) - 1; i >= 0; i-- {
		if strings.ContainsAny(k[i], ",") || k[i] == "-" || k[i] == "" {
			return 0
		}
		tag := reflect.StructTag("toml:" + strconv.Quote(k[i]))
		t = reflect.StructOf([]reflect.StructField{{Name: "F", Type: t, Tag: tag}})
		if i > 0 && md.Type(k[:i]...) == "ArrayHash" {
			t = reflect.SliceOf(t)
		}
	}
	_, err := toml.Decode(string(data), reflect.New(t).Interface())
	var pe toml.ParseError
	// ParseError does not unwrap; compare the message.
	if !errors.As(err, &pe) || pe.Message != errLocate.Error() || pe.LastKey != k.String() {
		return 0
	}
	return pe.Position.Line
}

// applyRelayDefaults fills method, timeout_bps and return_buffer_bps of the [[relays]] entries
// that leave them out. Arrays of tables are decoded into fresh elements, so
// the defaults cannot be preset.
func applyRelayDefaults(md toml.MetaData, cfg *Config) {
	inline := md.Type("relays") == "Array"
	defined := make([]map[string]bool, len(cfg.Relays))
	idx := -1
	for _, k := range md.Keys() {
		switch {
		case len(k) == 1 && k[0] == "relays":
			idx++
		case len(k) == 2 && k[0] == "relays" && idx >= 0 && idx < len(defined):
			if defined[idx] == nil {
				defined[idx] = map[string]bool{}
			}
			defined[idx][k[1]] = true
		}
	}
	for i := range cfg.Relays {
		r := &cfg.Relays[i]
		set := func(key string, zero bool) bool {
			if inline {
				return !zero
			}
			return defined[i][key]
		}
		if !set("method", r.Method == "") {
			r.Method = relayapi.MethodEthSendBundle
		}
		if !set("timeout_bps", r.TimeoutBps == 0) {
			r.TimeoutBps = defaultRelayTimeoutBps
		}
		if !set("return_buffer_bps", r.ReturnBufferBps == 0) {
			r.ReturnBufferBps = defaultRelayReturnBufferBps
		}
	}
}

// resolvePaths makes the file's relative paths relative to its directory.
func resolvePaths(cfg *Config, dir string) {
	cfg.Journal.Dir = resolvePath(cfg.Journal.Dir, dir)
	cfg.Sequencer.CommitteeFile = resolvePath(cfg.Sequencer.CommitteeFile, dir)
	for _, s := range cfg.secrets() {
		s.resolve(dir)
	}
}

// secrets lists every secret of the config, for loading and resolving.
func (c *Config) secrets() []*Secret {
	return []*Secret{&c.L1.Key, &c.Identity.Key, &c.BuilderHook.JWTSecret, &c.Prover.Key}
}
