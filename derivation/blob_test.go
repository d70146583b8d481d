package derivation_test

import (
	"errors"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/derivation"
	"github.com/syncboost/syncboost/devnet/beaconstandin"
)

// blobSource is the devnet beacon stand-in serving getBlobs from a store, and a BlobClient on it.
func blobSource(t *testing.T) (*beaconstandin.BlobStore, *derivation.BlobClient) {
	t.Helper()
	srv, err := beaconstandin.New(beaconstandin.Config{GenesisTime: time.Unix(l1GenesisTime, 0),
		SlotDuration: slotSeconds * time.Second, SlotsPerEpoch: 32})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	store := beaconstandin.NewBlobStore(16)
	srv.SetBlobs(store)
	c, err := derivation.NewBlobClient(derivation.BlobClientConfig{URL: srv.URL(), GenesisTime: l1GenesisTime,
		SlotSeconds: slotSeconds, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return store, c
}

// TestDeriverBlobBatchOverHTTP: a blob-mode batch derives from the blobs the beacon API serves
// over HTTP; until they are served, the L1 block is not processed and is retried.
func TestDeriverBlobBatchOverHTTP(t *testing.T) {
	store, client := blobSource(t)
	r := newRig(t, client)
	r.step(r.src.BlockChain().Genesis())
	blocks, lists := r.sequence(3)
	b, sc := r.batch(blocks, lists, bundle.DataBlobs)
	r.submitBatch(b, sc)
	before := r.d.Head()
	if err := r.d.Step(r.ctx()); !errors.Is(err, derivation.ErrBlobs) {
		t.Fatalf("step without the blobs: %v", err)
	}
	if h := r.d.Head(); h != before {
		t.Fatalf("head moved to %+v without the blobs", h)
	}
	store.RecordBlobs(sc) // what the devnet builder does when it includes the transaction
	r.step(blocks[2])
	if err := r.d.Err(); err != nil {
		t.Fatal(err)
	}
}
