package builder

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/httpserver"
)

// JSON-RPC error codes.
const (
	codeParse          = -32700
	codeInvalidRequest = -32600
	codeNoMethod       = -32601
	codeInvalidParams  = -32602
	codeServer         = -32000
)

// CancelResult is eth_cancelBundle's result, as Titan answers it. It is returned whether or
// not a bundle was stored under the uuid: cancelling is idempotent.
const CancelResult = 200

// ErrNilBuilder is returned by NewServer without a builder.
var ErrNilBuilder = errors.New("builder: server needs a builder")

// ServerConfig is the JSON-RPC listener.
type ServerConfig struct {
	HTTP httpserver.Config
	// RequireSignature refuses every request without X-Flashbots-Signature, eth_callBundle's
	// too; eth_sendBundle and eth_cancelBundle always need one. A signature that is present is
	// always verified; its address scopes replacement uuids.
	RequireSignature bool
}

// DefaultServerConfig listens on a free loopback port; bodies up to 4 MiB leave room for
// blob transactions in their network form.
func DefaultServerConfig() ServerConfig {
	return ServerConfig{HTTP: httpserver.Config{
		Listen: "127.0.0.1:0", ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second,
		MaxHeaderBytes: 1 << 16, MaxBodyBytes: 4 << 20,
	}}
}

// Check validates the listener.
func (c ServerConfig) Check() error { return c.HTTP.Check() }

// Fault makes a server misbehave, for tests of what the sidecar does about it.
type Fault struct {
	Refuse bool          // answer every request 503
	Delay  time.Duration // wait this long (on the server's clock) before answering
}

// Server serves a Builder over Flashbots-style JSON-RPC on HTTP POST /. Several servers may
// front one builder, like the several endpoints of one builder operator.
type Server struct {
	b    *Builder
	cfg  ServerConfig
	clk  clock.Clock
	log  zerolog.Logger
	http *httpserver.Server

	mu       sync.Mutex
	fault    Fault
	accepted atomic.Uint64
}

// NewServer returns a server for b; it listens from Start.
func NewServer(b *Builder, cfg ServerConfig, clk clock.Clock, log zerolog.Logger) (*Server, error) {
	if b == nil {
		return nil, ErrNilBuilder
	}
	if clk == nil {
		return nil, fmt.Errorf("%w: clock is nil", ErrConfig)
	}
	s := &Server{b: b, cfg: cfg, clk: clk, log: log.With().Str("component", "devnet_builder_rpc").Logger()}
	h, err := httpserver.New(cfg.HTTP, http.HandlerFunc(s.serveHTTP), s.log)
	if err != nil {
		return nil, err
	}
	s.http = h
	return s, nil
}

// Start binds the listener.
func (s *Server) Start(ctx context.Context) error { return s.http.Start(ctx) }

// Stop drains and closes the listener.
func (s *Server) Stop(ctx context.Context) error { return s.http.Stop(ctx) }

// URL is the endpoint's base URL ("" before Start).
func (s *Server) URL() string { return s.http.URL() }

// SetFault changes how the server misbehaves; the zero Fault restores it.
func (s *Server) SetFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fault = f
}

// Accepted is the number of bundles eth_sendBundle accepted through this server.
func (s *Server) Accepted() uint64 { return s.accepted.Load() }

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	s.mu.Lock()
	fault := s.fault
	s.mu.Unlock()
	if fault.Delay > 0 && clock.Sleep(r.Context(), s.clk, fault.Delay) != nil {
		return
	}
	if fault.Refuse {
		writeJSON(w, http.StatusServiceUnavailable, nil, nil, &rpcError{codeServer, "builder refuses requests"})
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, nil, nil, &rpcError{codeInvalidRequest, err.Error()})
			return
		}
		writeJSON(w, http.StatusBadRequest, nil, nil, &rpcError{codeInvalidRequest, "read body: " + err.Error()})
		return
	}
	signer, err := s.authenticate(r.Header.Get(fbsig.Header), body)
	if err != nil {
		writeJSON(w, http.StatusForbidden, nil, nil, &rpcError{codeInvalidRequest, fbsig.Header + ": " + err.Error()})
		return
	}
	req, err := DecodeRequest(body)
	if err != nil {
		writeJSON(w, http.StatusOK, nil, nil, &rpcError{codeParse, err.Error()})
		return
	}
	if r.Header.Get(fbsig.Header) == "" && changesPool(req.Method) {
		// Unsigned bundles would all share the zero address's uuids: anyone could replace or
		// cancel anyone's.
		writeJSON(w, http.StatusForbidden, req.ID, nil, &rpcError{codeInvalidRequest,
			fmt.Sprintf("%s: %v: %s must be signed", fbsig.Header, fbsig.ErrMissing, req.Method)})
		return
	}
	result, rerr := s.dispatch(r.Context(), signer, req)
	writeJSON(w, http.StatusOK, req.ID, result, rerr)
}

func (s *Server) authenticate(header string, body []byte) (common.Address, error) {
	if header == "" {
		if s.cfg.RequireSignature {
			return common.Address{}, fbsig.ErrMissing
		}
		return common.Address{}, nil
	}
	return fbsig.Verify(header, body)
}

// changesPool reports the methods that add to or remove from the builder's pool.
func changesPool(method string) bool {
	return method == MethodSendBundle || method == MethodCancelBundle
}

func (s *Server) dispatch(ctx context.Context, signer common.Address, req *Request) (any, *rpcError) {
	switch req.Method {
	case MethodSendBundle, MethodCancelBundle, MethodCallBundle:
	default:
		return nil, &rpcError{codeNoMethod, fmt.Sprintf("method %q not found", req.Method)}
	}
	param, err := req.SingleParam()
	if err != nil {
		return nil, &rpcError{codeInvalidParams, err.Error()}
	}
	switch req.Method {
	case MethodSendBundle:
		return s.sendBundle(signer, param)
	case MethodCancelBundle:
		uuid, err := DecodeCancelArgs(param)
		if err != nil {
			return nil, &rpcError{codeInvalidParams, err.Error()}
		}
		if err := s.b.CancelBundle(signer, uuid); err != nil {
			s.log.Debug().Err(err).Str("replacement_uuid", uuid).Msg("cancel of an unknown bundle")
		}
		return CancelResult, nil
	default:
		args, err := DecodeCallBundleArgs(param, s.b.cfg.MaxBundleTxs)
		if err != nil {
			return nil, &rpcError{codeInvalidParams, err.Error()}
		}
		res, err := s.b.CallBundle(ctx, args)
		if err != nil {
			return nil, &rpcError{codeServer, err.Error()}
		}
		return res, nil
	}
}

// SendBundleResult is eth_sendBundle's result.
type SendBundleResult struct {
	BundleHash common.Hash `json:"bundleHash"`
}

func (s *Server) sendBundle(signer common.Address, param json.RawMessage) (any, *rpcError) {
	ab, err := bundle.DecodeAtomicBundle(param)
	if err != nil {
		return nil, &rpcError{codeInvalidParams, err.Error()}
	}
	hash, err := s.b.SendBundle(signer, ab)
	switch {
	case err == nil:
	case errors.Is(err, ErrPoolFull):
		return nil, &rpcError{codeServer, err.Error()}
	case errors.Is(err, ErrTooLate), errors.Is(err, ErrNoBlock), errors.Is(err, ErrNoTxs),
		errors.Is(err, ErrTooManyTx), errors.Is(err, builderhook.ErrTxEncoding), errors.Is(err, builderhook.ErrBundleTooLong):
		return nil, &rpcError{codeInvalidParams, err.Error()}
	default:
		return nil, &rpcError{codeServer, err.Error()}
	}
	if len(ab.Txs) > 0 {
		s.accepted.Add(1)
	}
	return SendBundleResult{BundleHash: hash}, nil
}

func writeJSON(w http.ResponseWriter, status int, id json.RawMessage, result any, rerr *rpcError) {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	resp := rpcResponse{JSONRPC: "2.0", ID: id, Result: result, Error: rerr}
	if rerr == nil && result == nil {
		resp.Result = json.RawMessage("null")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(resp)
}
