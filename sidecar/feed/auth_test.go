package feed

import (
	"errors"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/fbsig"
)

func TestReportRoundTrip(t *testing.T) {
	at := time.UnixMilli(1_767_225_600_123)
	body, err := EncodeReport(landed(), at)
	if err != nil {
		t.Fatal(err)
	}
	o, got, err := DecodeReport(body)
	if err != nil || !reflect.DeepEqual(o, landed()) || !got.Equal(at) {
		t.Fatalf("%s -> %+v %s %v", body, o, got, err)
	}
	if _, err := DecodeOutcome(body); err != nil {
		t.Fatalf("a report is an outcome too: %v", err)
	}
	for _, bad := range []string{
		`{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x1","timestampMs":"0x0"}`,
		`{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x1","timestampMs":"0xffffffffffffffff"}`,
	} {
		if _, _, err := DecodeReport([]byte(bad)); !errors.Is(err, ErrBadOutcome) {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

func FuzzDecodeReport(f *testing.F) {
	good, _ := EncodeReport(landed(), time.UnixMilli(1_767_225_600_000))
	f.Add(good)
	f.Add([]byte(`{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x0","timestampMs":"0x1"}`))
	f.Add([]byte(`{"timestampMs":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, at, err := DecodeReport(data)
		if err != nil {
			if !errors.Is(err, ErrBadOutcome) {
				t.Fatalf("error %v does not wrap ErrBadOutcome", err)
			}
			return
		}
		if at.IsZero() {
			return
		}
		b, err := EncodeReport(o, at)
		if err != nil {
			t.Fatal(err)
		}
		back, bat, err := DecodeReport(b)
		if err != nil || !reflect.DeepEqual(back, o) || !bat.Equal(at) {
			t.Fatalf("round trip %+v %s -> %+v %s (%v)", o, at, back, bat, err)
		}
	})
}

// FuzzStreamAuth: any pair of header values is refused with an authentication error or,
// only when it is a valid signature of the allowed sidecar, accepted; never a panic.
func FuzzStreamAuth(f *testing.F) {
	now := time.UnixMilli(1_767_225_600_000)
	req, _ := http.NewRequest(http.MethodGet, "http://127.0.0.1"+PathStream, nil)
	if err := SignStreamRequest(req, chainID, sidecarKey, now); err != nil {
		f.Fatal(err)
	}
	f.Add(req.Header.Get(fbsig.Header), req.Header.Get(HeaderTimestamp))
	f.Add("0x00:0x00", "-1")
	f.Add(sidecarAddr.Hex()+":0x", "99999999999999999999")
	f.Fuzz(func(t *testing.T, sig, ts string) {
		a := newAuthenticator([]common.Address{sidecarAddr}, 30*time.Second)
		r, _ := http.NewRequest(http.MethodGet, "http://127.0.0.1"+PathStream, nil)
		r.Header.Set(fbsig.Header, sig)
		r.Header.Set(HeaderTimestamp, ts)
		who, err := a.stream(r, chainID, now)
		if err != nil {
			if !errors.Is(err, ErrUnauthenticated) && !errors.Is(err, ErrForbidden) && !errors.Is(err, ErrExpired) {
				t.Fatalf("error %v wraps no refusal sentinel", err)
			}
			return
		}
		if who != sidecarAddr {
			t.Fatalf("accepted %s", who.Hex())
		}
	})
}
