package relayapi

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// DeliveriesConfig configures a Deliveries client.
type DeliveriesConfig struct {
	Relays []Relay
	// Timeout bounds one GET to one relay; relays are asked in parallel, so it bounds Delivered.
	Timeout time.Duration
	// MaxResponseBytes bounds one answer; 0 means 1 MiB.
	MaxResponseBytes int64
}

// Check validates the configuration.
func (c DeliveriesConfig) Check() error {
	// The relay list and the limits follow the validators client's rules.
	return ProposersConfig{Relays: c.Relays, SlotsPerEpoch: 1, Timeout: c.Timeout, MaxResponseBytes: c.MaxResponseBytes}.Check()
}

// DeliveriesDeps are the injected dependencies of a Deliveries client.
type DeliveriesDeps struct {
	Log       zerolog.Logger
	Registry  prometheus.Registerer
	Transport http.RoundTripper
}

// RelayDelivered is one relay's answer about a slot: the payloads it says it delivered for it
// (none when it delivered nothing; more than one only from a relay that misbehaves), or why it
// could not tell.
type RelayDelivered struct {
	Relay    string
	Payloads []DeliveredPayload
	Err      error
}

// Deliveries reads relays' data API (GET /relay/v1/data/bidtraces/proposer_payload_delivered)
// to learn who delivered a slot's block. It is safe for concurrent use.
type Deliveries struct {
	cfg     DeliveriesConfig
	client  *http.Client
	log     zerolog.Logger
	fetches *prometheus.CounterVec
}

// NewDeliveries returns a Deliveries client.
func NewDeliveries(cfg DeliveriesConfig, deps DeliveriesDeps) (*Deliveries, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxResponseBytes == 0 {
		cfg.MaxResponseBytes = defaultMaxResponseBytes
	}
	fetches := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "sidecar_relayapi_delivered_fetches_total",
		Help: "GET /relay/v1/data/bidtraces/proposer_payload_delivered calls by relay and outcome.",
	}, []string{"relay", "outcome"})
	if err := register(deps.Registry, fetches); err != nil {
		return nil, fmt.Errorf("register metrics: %w", err)
	}
	return &Deliveries{cfg: cfg, client: newHTTPClient(deps.Transport), fetches: fetches,
		log: deps.Log.With().Str("component", "relayapi").Logger()}, nil
}

// Delivered asks every relay, in parallel, which payload it delivered for slot. It returns one
// answer per relay, in configuration order, within the configured timeout (or ctx's end).
func (d *Deliveries) Delivered(ctx context.Context, slot uint64) []RelayDelivered {
	out := make([]RelayDelivered, len(d.cfg.Relays))
	var wg sync.WaitGroup
	for i, r := range d.cfg.Relays {
		wg.Go(func() {
			ps, err := d.fetch(ctx, r, slot)
			d.fetches.WithLabelValues(r.Name, string(OutcomeOf(err))).Inc()
			if err != nil {
				d.log.Debug().Err(err).Str("relay", r.Name).Uint64("slot", slot).Msg("delivered payloads unavailable")
			}
			out[i] = RelayDelivered{Relay: r.Name, Payloads: ps, Err: err}
		})
	}
	wg.Wait()
	return out
}

func (d *Deliveries) fetch(ctx context.Context, r Relay, slot uint64) ([]DeliveredPayload, error) {
	url := strings.TrimSuffix(r.URL, "/") + PathPayloadDelivered + "?slot=" + strconv.FormatUint(slot, 10)
	body, err := getJSON(ctx, d.client, url, d.cfg.Timeout, d.cfg.MaxResponseBytes)
	if err != nil {
		return nil, err
	}
	ps, err := DecodeDelivered(body)
	if err != nil {
		return nil, err
	}
	for i, p := range ps {
		if p.Trace.Slot != slot {
			return nil, badResponse(fmt.Sprintf("[%d].slot", i), "slot %d, asked for %d", p.Trace.Slot, slot)
		}
	}
	return ps, nil
}
