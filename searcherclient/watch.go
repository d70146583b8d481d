package searcherclient

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/fbsig"
)

const methodEvents = "events"

// maxReconnects bounds the reconnections of one Watch after dropped streams.
const maxReconnects = 3

// Event is one item of Watch: a status change, or (last, then the channel closes) the error
// that ended the stream before a final status.
type Event struct {
	StatusEvent
	Err error
}

// Watch streams the bundle's status events (GET /v1/bundles/{hash}/events): its history, then
// each change. The channel is closed after a final status, when ctx ends, or after an Event
// carrying Err. A refusal to open the stream is returned at once. A dropped stream is reopened
// with Last-Event-ID, signed anew (signedAt must be fresh), so no change is missed or repeated.
func (c *Client) Watch(ctx context.Context, hash common.Hash) (<-chan Event, error) {
	body, err := c.openEvents(ctx, hash, "")
	if err != nil {
		return nil, err
	}
	out := make(chan Event)
	go func() {
		defer close(out)
		last := ""
		for tries := 0; ; tries++ {
			done, err := c.relay(ctx, body, out, &last)
			body.Close()
			if done || ctx.Err() != nil {
				return
			}
			if tries == maxReconnects {
				c.deliver(ctx, out, Event{Err: fmt.Errorf("%s: stream of %s ended before a final status: %w", methodEvents, hash.Hex(), err)})
				return
			}
			if body, err = c.openEvents(ctx, hash, last); err != nil {
				c.deliver(ctx, out, Event{Err: err})
				return
			}
		}
	}()
	return out, nil
}

func (c *Client) deliver(ctx context.Context, out chan<- Event, ev Event) bool {
	select {
	case out <- ev:
		return true
	case <-ctx.Done():
		return false
	}
}

// openEvents signs the path with a fresh signedAt and opens the stream.
func (c *Client) openEvents(ctx context.Context, hash common.Hash, lastID string) (io.ReadCloser, error) {
	path := fmt.Sprintf("/v1/bundles/%s/events?signedAt=%d", hash.Hex(), c.now().Unix())
	sig, err := c.SignRequest([]byte(path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", methodEvents, err)
	}
	// The server checks the signature against the request target as sent: path and query from the root.
	u := c.base.Scheme + "://" + c.base.Host + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", methodEvents, err)
	}
	req.Header.Set(fbsig.Header, sig)
	req.Header.Set("Accept", "text/event-stream")
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", methodEvents, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxReply))
		var r rpcReply
		if json.Unmarshal(raw, &r) == nil && r.Error != nil {
			return nil, r.Error.typed(methodEvents, resp)
		}
		return nil, badResponse(methodEvents, resp, raw)
	}
	return resp.Body, nil
}

// relay forwards the stream's status events; done is true after a final status or when ctx
// ended. last is the id of the last event forwarded, for a reconnection.
func (c *Client) relay(ctx context.Context, body io.Reader, out chan<- Event, last *string) (done bool, _ error) {
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 0, 64<<10), maxReply)
	var typ, id string
	var data []string
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		switch {
		case line == "":
			if typ == "status" && len(data) > 0 {
				var ev StatusEvent
				if err := json.Unmarshal([]byte(strings.Join(data, "\n")), &ev); err != nil {
					return false, fmt.Errorf("decode event %s: %w", id, err)
				}
				*last = id
				if !c.deliver(ctx, out, Event{StatusEvent: ev}) || ev.Status.Terminal() {
					return true, nil
				}
			}
			typ, id, data = "", "", nil
		case strings.HasPrefix(line, ":"): // a keep-alive comment
		default:
			name, value, _ := strings.Cut(line, ":")
			value = strings.TrimPrefix(value, " ")
			switch name {
			case "event":
				typ = value
			case "id":
				id = value
			case "data":
				data = append(data, value)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return false, err
	}
	return false, errors.New("stream closed")
}

// Wait follows the bundle's events until its final status and returns it; it fails when ctx
// ends first or the stream cannot be followed.
func (c *Client) Wait(ctx context.Context, hash common.Hash) (StatusEvent, error) {
	events, err := c.Watch(ctx, hash)
	if err != nil {
		return StatusEvent{}, err
	}
	var last StatusEvent
	for ev := range events {
		if ev.Err != nil {
			return last, ev.Err
		}
		last = ev.StatusEvent
	}
	if !last.Status.Terminal() || last.Status == "" {
		return last, fmt.Errorf("%s: bundle %s still %q: %w", methodEvents, hash.Hex(), last.Status, context.Cause(ctx))
	}
	return last, nil
}
