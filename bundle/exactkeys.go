package bundle

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
)

// ExactKeys refuses, with a *FieldError naming it, an object key in data (at any depth) that is
// not exactly the JSON name of a field of v's type. encoding/json matches keys without regard
// to case, so DisallowUnknownFields alone lets "L1SLOT" through as "l1Slot". Call it on data
// that already decoded into v; data of another shape is left to the decoder to report.
func ExactKeys(data []byte, v any) error {
	return exactKeys(data, reflect.TypeOf(v), "")
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func exactKeys(data []byte, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return nil // the type decodes its own keys
	}
	switch t.Kind() {
	case reflect.Struct:
		return exactObject(data, t, path)
	case reflect.Slice, reflect.Array:
		return exactList(data, t.Elem(), path)
	}
	return nil
}

func exactObject(data []byte, t reflect.Type, path string) error {
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) != nil {
		return nil
	}
	fields := jsonFields(t)
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		name := k
		if path != "" {
			name = path + "." + k
		}
		ft, ok := fields[k]
		if !ok {
			return fieldErr(name, ErrMalformed, "unknown field (names are case-sensitive)")
		}
		if err := exactKeys(obj[k], ft, name); err != nil {
			return err
		}
	}
	return nil
}

func exactList(data []byte, elem reflect.Type, path string) error {
	if elem.Kind() == reflect.Uint8 {
		return nil // bytes, not a list of objects
	}
	var list []json.RawMessage
	if json.Unmarshal(data, &list) != nil {
		return nil
	}
	for i, raw := range list {
		if err := exactKeys(raw, elem, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// jsonFields maps the JSON names of t's exported fields (embedded structs' included) to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch tag {
		case "-":
			continue
		case "":
			tag = f.Name
		}
		out[tag] = f.Type
	}
	return out
}
