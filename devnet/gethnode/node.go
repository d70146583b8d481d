// Package gethnode runs a go-ethereum node in-process for tests and the devnet: the current
// mainnet fork's rules, HTTP JSON-RPC and the authenticated Engine API on loopback ports
// chosen by the kernel, no peer-to-peer networking and, by default, no disk.
package gethnode

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Sentinel errors of the node lifecycle.
var (
	ErrStarted    = errors.New("gethnode: already started")
	ErrNotStarted = errors.New("gethnode: not started")
	ErrJWTSecret  = errors.New("gethnode: bad jwt secret")
)

const loopback = "127.0.0.1"

// Node is one in-process go-ethereum node. Start it once, Stop it once.
type Node struct {
	cfg     Config
	genesis *core.Genesis

	mu        sync.Mutex
	stack     *node.Node
	backend   *eth.Ethereum
	engine    *catalyst.ConsensusAPI
	client    *rpc.Client
	transport *http.Transport // the client's
	secret    [32]byte
	closing   chan struct{} // closed when Stop begins closing the stack
	closed    chan struct{} // closed when the stack is closed
	stopErr   error
}

// New checks cfg and prepares a node; nothing runs until Start.
func New(cfg Config) (*Node, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	return &Node{cfg: cfg, genesis: Genesis(cfg)}, nil
}

// Start brings up the chain, the RPC listeners and the Engine API.
func (n *Node) Start(ctx context.Context) (err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stack != nil {
		return ErrStarted
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("gethnode: start: %w", err)
	}
	secretFile, removeSecret, err := n.prepareSecret()
	if err != nil {
		return err
	}
	defer removeSecret()
	stack, err := node.New(n.nodeConfig(secretFile))
	if err != nil {
		return fmt.Errorf("gethnode: new node: %w", err)
	}
	defer func() {
		if err != nil {
			_ = stack.Close()
		}
	}()
	backend, engineAPI, err := n.registerServices(stack)
	if err != nil {
		return err
	}
	if err := stack.Start(); err != nil {
		return fmt.Errorf("gethnode: start node: %w", err)
	}
	// Without peers the node would wait for a sync that never comes.
	backend.SetSynced()
	// The client's own transport, so Stop can close its idle connections: the HTTP server's
	// shutdown waits up to 5 s for a connection that was dialed and never used.
	transport := http.DefaultTransport.(*http.Transport).Clone()
	client, err := rpc.DialOptions(ctx, stack.HTTPEndpoint(), rpc.WithHTTPClient(&http.Client{Transport: transport}))
	if err != nil {
		return fmt.Errorf("gethnode: dial http: %w", err)
	}
	n.stack, n.backend, n.engine, n.client, n.transport = stack, backend, engineAPI, client, transport
	n.closing, n.closed = make(chan struct{}), make(chan struct{})
	n.cfg.Log.Info().Str("http", stack.HTTPEndpoint()).Str("auth", stack.HTTPAuthEndpoint()).
		Uint64("chain_id", n.cfg.ChainID).Msg("geth node started")
	return nil
}

func (n *Node) nodeConfig(secretFile string) *node.Config {
	cfg := node.DefaultConfig
	cfg.Name = "syncboost-gethnode"
	cfg.DataDir = n.cfg.DataDir
	cfg.HTTPHost, cfg.HTTPPort = loopback, 0
	// txpool: a sidecar in based mode reads the L2 node's pending transactions (txpool_content).
	cfg.HTTPModules = []string{"eth", "net", "web3", "debug", "txpool"}
	cfg.AuthAddr, cfg.AuthPort = loopback, 0
	cfg.JWTSecret = secretFile
	cfg.WSHost, cfg.IPCPath = "", ""
	cfg.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0}
	return &cfg
}

func (n *Node) registerServices(stack *node.Node) (*eth.Ethereum, *catalyst.ConsensusAPI, error) {
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = n.genesis
	ethCfg.NetworkId = n.cfg.ChainID
	// Snap sync delays every payload but the first one: a lone node must run full sync.
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.TxPool.NoLocals = true
	ethCfg.Miner.GasCeil = n.cfg.GasLimit
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, nil, fmt.Errorf("gethnode: new eth backend: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	// One ConsensusAPI serves both in-process calls and the authenticated port, so
	// payloads built through either are visible to the other.
	engineAPI := catalyst.NewConsensusAPI(backend)
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)},
		{Namespace: "engine", Service: engineAPI, Authenticated: true},
	})
	return backend, engineAPI, nil
}

// prepareSecret returns the secret file the node reads at start, and a cleanup that
// removes a generated one: the secret then lives only in memory.
func (n *Node) prepareSecret() (string, func(), error) {
	if n.cfg.JWTSecretFile != "" {
		secret, err := readJWTSecret(n.cfg.JWTSecretFile)
		if err != nil {
			return "", nil, err
		}
		n.secret = secret
		return n.cfg.JWTSecretFile, func() {}, nil
	}
	if _, err := rand.Read(n.secret[:]); err != nil {
		return "", nil, fmt.Errorf("%w: generate: %w", ErrJWTSecret, err)
	}
	f, err := os.CreateTemp("", "gethnode-jwt-*")
	if err != nil {
		return "", nil, fmt.Errorf("%w: temp file: %w", ErrJWTSecret, err)
	}
	remove := func() { _ = os.Remove(f.Name()) }
	_, werr := f.WriteString(hexutil.Encode(n.secret[:]))
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		remove()
		return "", nil, fmt.Errorf("%w: write temp file: %w", ErrJWTSecret, werr)
	}
	return f.Name(), remove, nil
}

// readJWTSecret reads a 32-byte hex secret (with or without 0x) from path.
func readJWTSecret(path string) ([32]byte, error) {
	var secret [32]byte
	data, err := os.ReadFile(path)
	if err != nil {
		return secret, fmt.Errorf("%w: %w", ErrJWTSecret, err)
	}
	raw, err := hexutil.Decode(ensure0x(strings.TrimSpace(string(data))))
	if err != nil || len(raw) != len(secret) {
		return secret, fmt.Errorf("%w: %s must hold 32 bytes of hex", ErrJWTSecret, path)
	}
	copy(secret[:], raw)
	return secret, nil
}

func ensure0x(s string) string {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return s
	}
	return "0x" + s
}

// Stop closes the RPC client and the node and waits for them, or for ctx. A Stop cut
// short by ctx leaves the close running; call Stop again to wait for it.
func (n *Node) Stop(ctx context.Context) error {
	n.mu.Lock()
	if n.stack == nil {
		n.mu.Unlock()
		return ErrNotStarted
	}
	select {
	case <-n.closing:
	default:
		close(n.closing)
		n.client.Close()
		n.transport.CloseIdleConnections()
		go n.closeStack(n.stack, n.closed)
	}
	closed := n.closed
	n.mu.Unlock()
	select {
	case <-closed:
		return n.stopErr
	case <-ctx.Done():
		return fmt.Errorf("gethnode: stop: %w", ctx.Err())
	}
}

func (n *Node) closeStack(stack *node.Node, closed chan struct{}) {
	err := stack.Close()
	if err != nil {
		err = fmt.Errorf("gethnode: close node: %w", err)
	}
	n.stopErr = err // published to readers by close(closed)
	n.cfg.Log.Info().Msg("geth node stopped")
	close(closed)
}

// HTTPEndpoint is the JSON-RPC URL (eth, net, web3, debug), "" before Start.
func (n *Node) HTTPEndpoint() string {
	if s := n.started(); s != nil {
		return s.HTTPEndpoint()
	}
	return ""
}

// AuthEndpoint is the Engine API URL, authenticated with JWTSecret, "" before Start.
func (n *Node) AuthEndpoint() string {
	if s := n.started(); s != nil {
		return s.HTTPAuthEndpoint()
	}
	return ""
}

// JWTSecret is the Engine API secret (valid after Start).
func (n *Node) JWTSecret() [32]byte {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.secret
}

// DialEngine opens an authenticated JSON-RPC client on the Engine API port.
func (n *Node) DialEngine(ctx context.Context) (*rpc.Client, error) {
	s := n.started()
	if s == nil {
		return nil, ErrNotStarted
	}
	return rpc.DialOptions(ctx, s.HTTPAuthEndpoint(), rpc.WithHTTPAuth(node.NewJWTAuth(n.JWTSecret())))
}

// Client is a JSON-RPC client over the HTTP endpoint, owned by the node (closed by Stop).
func (n *Node) Client() *rpc.Client {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.client
}

// EthClient wraps Client.
func (n *Node) EthClient() *ethclient.Client {
	if c := n.Client(); c != nil {
		return ethclient.NewClient(c)
	}
	return nil
}

// Engine is the in-process Engine API, the same instance served on AuthEndpoint.
func (n *Node) Engine() *catalyst.ConsensusAPI {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.engine
}

// BlockChain is the node's chain, for state access and block assembly.
func (n *Node) BlockChain() *core.BlockChain {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.backend == nil {
		return nil
	}
	return n.backend.BlockChain()
}

// Backend is the node's eth service.
func (n *Node) Backend() *eth.Ethereum {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.backend
}

// ChainConfig is the node's chain configuration.
func (n *Node) ChainConfig() *params.ChainConfig { return n.genesis.Config }

// Genesis is the genesis the node starts from.
func (n *Node) Genesis() *core.Genesis { return n.genesis }

func (n *Node) started() *node.Node {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.stack
}
