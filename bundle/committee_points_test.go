package bundle

import (
	"bytes"
	"errors"
	"testing"
)

// A committee rebuilt from a rotation event's keys and points is the same committee; points that
// are not the keys' points, a key twice or a short points field are refused with the field named.
func TestCommitteeOfRegistered(t *testing.T) {
	tc := newTestCommittee(t, 4)
	keys, points := tc.committee.Pubkeys(), tc.committee.Points()
	c, err := CommitteeOfRegistered(7, keys, points)
	if err != nil {
		t.Fatalf("event keys: %v", err)
	}
	if c.Epoch != 7 || c.Size() != 4 || !bytes.Equal(c.Points(), points) {
		t.Fatalf("epoch %d size %d, points differ: %v", c.Epoch, c.Size(), !bytes.Equal(c.Points(), points))
	}
	swapped := append(append([]byte(nil), points[G1PointLen:2*G1PointLen]...), points[:G1PointLen]...)
	swapped = append(swapped, points[2*G1PointLen:]...)
	for _, tt := range []struct {
		name   string
		keys   [][]byte
		points []byte
		want   error
		field  string
	}{
		{"points of other keys", keys, swapped, ErrMalformed, "committee.points[0]"},
		{"short points", keys, points[:3*G1PointLen], ErrMalformed, "committee.points"},
		{"a key twice", [][]byte{keys[0], keys[1], keys[2], keys[0]}, points, ErrDuplicateSigner, "committee.pubkeys[3]"},
		{"no keys", nil, nil, ErrMissing, "committee.pubkeys"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CommitteeOfRegistered(1, tt.keys, tt.points)
			if !errors.Is(err, tt.want) || !bytes.Contains([]byte(err.Error()), []byte(tt.field)) {
				t.Fatalf("got %v, want %v on %s", err, tt.want, tt.field)
			}
		})
	}
}

// FuzzCommitteeOfRegistered: whatever a rotation event carries, a committee is built only from
// keys whose points are exactly the event's points.
func FuzzCommitteeOfRegistered(f *testing.F) {
	tc := newTestCommittee(f, 2)
	keys := tc.committee.Pubkeys()
	f.Add(keys[0], keys[1], tc.committee.Points())
	f.Add(keys[0], keys[0], tc.committee.Points())
	f.Fuzz(func(t *testing.T, k0, k1, points []byte) {
		c, err := CommitteeOfRegistered(1, [][]byte{k0, k1}, points)
		if err == nil && !bytes.Equal(c.Points(), points) {
			t.Fatalf("committee's points differ from the event's")
		}
	})
}
