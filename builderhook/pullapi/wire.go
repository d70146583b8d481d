// Package pullapi serves syncboost's atomic bundles to a co-located builder, and is the
// client such a builder uses: GET the bundles of a slot and parent, follow them over
// Server-Sent Events, and report the sealed block. Every request carries an Engine-API-style
// JWT (see jwtauth).
package pullapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/syncboost/syncboost/bundle"
)

// Paths of the builder API. PathBundles is a gorilla/mux route: slot in decimal, the parent
// hash as 0x and 64 hex digits; BundlesPath fills it in.
const (
	PathBundles = "/builder/v1/bundles/{slot:[0-9]{1,20}}/{parent_hash:0x[0-9a-fA-F]{64}}"
	PathStream  = "/builder/v1/stream"
	PathSealed  = "/builder/v1/sealed"
)

// BundlesPath is PathBundles for the block of slot built on parent.
func BundlesPath(slot uint64, parent common.Hash) string {
	return "/builder/v1/bundles/" + strconv.FormatUint(slot, 10) + "/" + parent.Hex()
}

// Stream event names. add, replace and cancel carry a bundle change; reset tells the client
// to forget every bundle it holds (a snapshot of add events follows); synced ends a
// snapshot.
const (
	EventAdd     = "add"
	EventReplace = "replace"
	EventCancel  = "cancel"
	EventReset   = "reset"
	EventSynced  = "synced"
)

// ErrDecode is wrapped by every error about a malformed message.
var ErrDecode = errors.New("pullapi: malformed message")

// maxBundleHashes bounds a sealed report; a block holds a handful of syncboost bundles.
const maxBundleHashes = 256

// Event is one stream event as the client sees it.
type Event struct {
	// ID is the last event id the connection carried, what a reconnect resumes from: empty
	// for the snapshot that opens a connection.
	ID              string
	Kind            string
	Slot            uint64
	ParentHash      common.Hash
	ReplacementUUID string
	Bundle          *bundle.AtomicBundle // add and replace only
}

// eventData is the JSON data of add, replace and cancel events.
type eventData struct {
	Slot            hexutil.Uint64       `json:"slot"`
	ParentHash      common.Hash          `json:"parentHash"`
	ReplacementUUID string               `json:"replacementUuid"`
	Bundle          *bundle.AtomicBundle `json:"bundle,omitempty"`
}

// decodeEvent checks one event's name and data.
func decodeEvent(id, name string, data []byte) (Event, error) {
	ev := Event{ID: id, Kind: name}
	switch name {
	case EventReset, EventSynced:
		return ev, nil
	case EventAdd, EventReplace, EventCancel:
	default:
		return Event{}, fmt.Errorf("%w: event: unknown name %q", ErrDecode, name)
	}
	var d eventData
	if err := strictJSON(data, &d); err != nil {
		return Event{}, fmt.Errorf("%w: %s event data: %w", ErrDecode, name, err)
	}
	if d.ReplacementUUID == "" {
		return Event{}, fmt.Errorf("%w: replacementUuid: required", ErrDecode)
	}
	if (d.Bundle == nil) != (name == EventCancel) {
		return Event{}, fmt.Errorf("%w: bundle: required on add and replace only", ErrDecode)
	}
	ev.Slot, ev.ParentHash, ev.ReplacementUUID, ev.Bundle = uint64(d.Slot), d.ParentHash, d.ReplacementUUID, d.Bundle
	return ev, nil
}

// SealedReport is what a builder reports after sealing its block for a slot.
type SealedReport struct {
	Slot        uint64
	ParentHash  common.Hash
	BlockHash   common.Hash
	BlockNumber uint64
	// Included says whether the block contains syncboost's bundle(s) for the slot and parent.
	Included bool
	// BundleHashes are the AtomicBundle hashes of the included bundles (optional).
	BundleHashes []common.Hash
}

type sealedWire struct {
	Slot         *hexutil.Uint64 `json:"slot"`
	ParentHash   *common.Hash    `json:"parentHash"`
	BlockHash    *common.Hash    `json:"blockHash"`
	BlockNumber  *hexutil.Uint64 `json:"blockNumber"`
	Included     *bool           `json:"included"`
	BundleHashes []common.Hash   `json:"bundleHashes,omitempty"`
}

// MarshalJSON writes the report with quantities as 0x hex.
func (r SealedReport) MarshalJSON() ([]byte, error) {
	slot, number := hexutil.Uint64(r.Slot), hexutil.Uint64(r.BlockNumber)
	return json.Marshal(sealedWire{
		Slot: &slot, ParentHash: &r.ParentHash, BlockHash: &r.BlockHash, BlockNumber: &number,
		Included: &r.Included, BundleHashes: r.BundleHashes,
	})
}

// DecodeSealedReport decodes a report strictly: every field but bundleHashes is required and
// unknown fields are refused.
func DecodeSealedReport(data []byte) (*SealedReport, error) {
	var w sealedWire
	if err := strictJSON(data, &w); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecode, err)
	}
	missing := func(field string) error { return fmt.Errorf("%w: %s: required", ErrDecode, field) }
	switch {
	case w.Slot == nil:
		return nil, missing("slot")
	case w.ParentHash == nil:
		return nil, missing("parentHash")
	case w.BlockHash == nil:
		return nil, missing("blockHash")
	case w.BlockNumber == nil:
		return nil, missing("blockNumber")
	case w.Included == nil:
		return nil, missing("included")
	case len(w.BundleHashes) > maxBundleHashes:
		return nil, fmt.Errorf("%w: bundleHashes: %d entries, at most %d", ErrDecode, len(w.BundleHashes), maxBundleHashes)
	}
	return &SealedReport{
		Slot: uint64(*w.Slot), ParentHash: *w.ParentHash, BlockHash: *w.BlockHash,
		BlockNumber: uint64(*w.BlockNumber), Included: *w.Included, BundleHashes: w.BundleHashes,
	}, nil
}

func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}
