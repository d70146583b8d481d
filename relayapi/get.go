package relayapi

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// getJSON GETs url within timeout and returns the body of a 200 answer of at most maxBytes.
// Every failure is classified like a bundle request's (timeout, HTTP status, transport, bad
// response), so the relays' read APIs share the submission's outcome labels.
func getJSON(ctx context.Context, client *http.Client, url string, timeout time.Duration, maxBytes int64) ([]byte, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, errBudget)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: build request: %w", ErrTransport, err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, classifyCtx(ctx, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, classifyCtx(ctx, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &HTTPStatusError{StatusCode: resp.StatusCode, Body: truncate(body)}
	}
	if int64(len(body)) > maxBytes {
		return nil, badResponse("$", "body over %d bytes", maxBytes)
	}
	return body, nil
}
