package config

import (
	"encoding"
	"flag"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

// EnvPrefix starts every environment variable that overrides a config key:
// SYNCBOOST_<SECTION>_<KEY>, e.g. SYNCBOOST_SEARCHER_API_LISTEN.
const EnvPrefix = "SYNCBOOST_"

// Override sets one key, named "section.key", from its text form.
type Override struct {
	Key   string
	Value string
}

// field is one scalar key of a section; [[relays]] has no overrides.
type field struct {
	section, key string
	index        []int
	typ          reflect.Type
}

func (f field) name() string    { return f.section + "." + f.key }
func (f field) envName() string { return EnvPrefix + strings.ToUpper(f.section+"_"+f.key) }

var (
	durationType = reflect.TypeFor[time.Duration]()
	schema       = buildSchema()
)

func buildSchema() []field {
	var out []field
	ct := reflect.TypeFor[Config]()
	for i := range ct.NumField() {
		sf := ct.Field(i)
		if sf.Type.Kind() != reflect.Struct {
			continue
		}
		for j := range sf.Type.NumField() {
			kf := sf.Type.Field(j)
			out = append(out, field{
				section: sf.Tag.Get("toml"), key: kf.Tag.Get("toml"),
				index: []int{i, j}, typ: kf.Type,
			})
		}
	}
	return out
}

// Keys lists every key that flags and environment variables can set, as
// "section.key", in schema order.
func Keys() []string {
	out := make([]string, len(schema))
	for i, f := range schema {
		out[i] = f.name()
	}
	return out
}

// EnvName returns the environment variable that overrides key ("section.key").
func EnvName(key string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

func durationKeys() map[string]bool {
	out := map[string]bool{}
	for _, f := range schema {
		if f.typ == durationType {
			out[f.name()] = true
		}
	}
	return out
}

func lookupField(key string) (field, bool) {
	for _, f := range schema {
		if f.name() == key {
			return f, true
		}
	}
	return field{}, false
}

// apply sets one override on cfg.
func (o Override) apply(cfg *Config) error {
	f, ok := lookupField(o.Key)
	if !ok {
		return fmt.Errorf("%w: %w %q", ErrOverride, ErrUnknownKey, o.Key)
	}
	if err := setText(reflect.ValueOf(cfg).Elem().FieldByIndex(f.index), o.Value); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrOverride, o.Key, err)
	}
	return nil
}

// setText parses s into v the way the TOML decoder would.
func setText(v reflect.Value, s string) error {
	if u, ok := v.Addr().Interface().(encoding.TextUnmarshaler); ok {
		return u.UnmarshalText([]byte(s))
	}
	if v.Type() == durationType {
		d, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		v.SetInt(int64(d))
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetInt(n)
	case reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetUint(n)
	case reflect.Float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		v.SetFloat(n)
	default:
		return fmt.Errorf("unsupported type %s", v.Type())
	}
	return nil
}

// envOverrides turns the SYNCBOOST_* entries of environ ("NAME=value") into
// overrides. A SYNCBOOST_* variable that names no key is an error, so a typo
// cannot pass silently.
func envOverrides(environ []string) ([]Override, error) {
	byEnv := map[string]string{}
	for _, f := range schema {
		byEnv[f.envName()] = f.name()
	}
	var out []Override
	for _, kv := range environ {
		name, value, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, EnvPrefix) {
			continue
		}
		key, ok := byEnv[name]
		if !ok {
			return nil, fmt.Errorf("%w: environment variable %s names no config key", ErrUnknownKey, name)
		}
		out = append(out, Override{Key: key, Value: value})
	}
	// The environment has no order; sort so that results never depend on it.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// Flags collects overrides from command-line flags, one per key.
type Flags []Override

// Register adds a flag "-section.key" for every key to fs. A value is checked
// when the flag is parsed; the last occurrence of a flag wins.
func (fl *Flags) Register(fs *flag.FlagSet) {
	for _, f := range schema {
		usage := fmt.Sprintf("override %s (env %s)", f.name(), f.envName())
		fs.Func(f.name(), usage, func(v string) error {
			o := Override{Key: f.name(), Value: v}
			scratch := Default()
			if err := o.apply(&scratch); err != nil {
				return err
			}
			*fl = append(*fl, o)
			return nil
		})
	}
}
