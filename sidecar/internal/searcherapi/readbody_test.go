package searcherapi

import (
	"bytes"
	"io"
	"testing"
)

// A body that claims a large length but sends a few bytes holds only what was sent (and the
// first 512 bytes), whatever it declared.
func TestReadBodyGrowsWithBytesReceived(t *testing.T) {
	b, err := readBody(bytes.NewReader([]byte("0123456789")), 1<<20)
	if err != nil || string(b) != "0123456789" || cap(b) > 512 {
		t.Fatalf("read %q (cap %d), %v; want 10 bytes in at most 512", b, cap(b), err)
	}
	sent := bytes.Repeat([]byte("x"), 3000)
	r := io.LimitReader(bytes.NewReader(append(sent, sent...)), 3000) // declares 1 MB, sends 3000
	if b, err = readBody(r, 1<<20); err != nil || len(b) != 3000 || cap(b) > 2*3000+512 {
		t.Fatalf("read %d bytes (cap %d), %v; want 3000 in about twice that", len(b), cap(b), err)
	}
	// Sent as declared: read whole, into a buffer not much larger than the body.
	if b, err = readBody(bytes.NewReader(sent), int64(len(sent))); err != nil || !bytes.Equal(b, sent) || cap(b) > len(sent)+512 {
		t.Fatalf("read %d bytes (cap %d), %v", len(b), cap(b), err)
	}
}
