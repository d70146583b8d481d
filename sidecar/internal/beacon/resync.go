package beacon

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/ethereum/go-ethereum/common"
)

// resync re-reads the head after (re)connecting, since events may have been
// missed while disconnected, and the head block's execution payload, so the
// head's execution block is known before the next event names it.
func (t *Tracker) resync(ctx context.Context) {
	var hdr *api.Response[*apiv1.BeaconBlockHeader]
	err := t.timed(epHeader, func() (err error) {
		hdr, err = t.api.BeaconBlockHeader(ctx, &api.BeaconBlockHeaderOpts{Block: "head"})
		return err
	})
	if err != nil || hdr.Data == nil || hdr.Data.Header == nil || hdr.Data.Header.Message == nil {
		t.log.Warn().Err(scrub(err)).Msg("read beacon head after connecting failed")
		return
	}
	optimistic, _ := hdr.Metadata["execution_optimistic"].(bool)
	slot, root := uint64(hdr.Data.Header.Message.Slot), common.Hash(hdr.Data.Root)
	t.m.headSlot.Set(float64(slot))
	t.update(func(st *state, now uint64) {
		st.setHead(slot, root, now)
		st.optimistic = optimistic
		st.dutiesStale = true
	})
	// By root, not "head": the payload must be the one of the block just read.
	var p BlockPayload
	err = t.timed(epBlock, func() (err error) {
		p, err = t.readPayload(ctx, root)
		return err
	})
	if err == nil && p.Slot != slot {
		err = fmt.Errorf("%w: block %s is at slot %d, its header at %d", ErrBadBlock, root, p.Slot, slot)
	}
	if err != nil {
		t.log.Warn().Err(scrub(err)).Uint64("slot", slot).Str("block_root", root.Hex()).
			Msg("read head block's execution payload failed; waiting for payload_attributes to name it")
		return
	}
	t.update(func(st *state, _ uint64) { st.linkPayload(root, p) })
}

// readPayload reads the execution payload of block root from
// /eth/v2/beacon/blocks/{root}, decoding only the fields the tracker needs.
func (t *Tracker) readPayload(ctx context.Context, root common.Hash) (BlockPayload, error) {
	rctx, cancel := context.WithTimeout(ctx, t.cfg.RequestTimeout)
	defer cancel()
	url := strings.TrimSuffix(t.cfg.Address, "/") + "/eth/v2/beacon/blocks/" + root.Hex()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, url, nil)
	if err != nil {
		return BlockPayload{}, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := t.hc.Do(req)
	if err != nil {
		return BlockPayload{}, fmt.Errorf("block %s: %w", root, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return BlockPayload{}, fmt.Errorf("block %s: status %d", root, resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, t.cfg.MaxBlockBytes+1))
	if err != nil {
		return BlockPayload{}, fmt.Errorf("block %s: %w", root, err)
	}
	if int64(len(body)) > t.cfg.MaxBlockBytes {
		return BlockPayload{}, fmt.Errorf("%w: block %s exceeds %d bytes", ErrBadBlock, root, t.cfg.MaxBlockBytes)
	}
	return DecodeBlockPayload(body)
}
