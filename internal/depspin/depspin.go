// Package depspin keeps the pinned modules in go.mod until the code that uses them lands.
package depspin

import (
	_ "github.com/BurntSushi/toml"
	_ "github.com/attestantio/go-builder-client/api"
	_ "github.com/attestantio/go-eth2-client/http"
	_ "github.com/cockroachdb/pebble"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/core"
	_ "github.com/ethereum/go-ethereum/crypto/kzg4844"
	_ "github.com/ethereum/go-ethereum/eth"
	_ "github.com/ethereum/go-ethereum/eth/catalyst"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/node"
	_ "github.com/flashbots/go-boost-utils/bls"
	_ "github.com/flashbots/go-utils/signature"
	_ "github.com/gorilla/mux"
	_ "github.com/holiman/uint256"
	_ "github.com/klauspost/compress/zstd"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/rs/zerolog"
	_ "github.com/supranational/blst/bindings/go"
	_ "golang.org/x/time/rate"
)
