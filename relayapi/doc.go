// Package relayapi is the sidecar's outbound side towards builders and relays: it sends the
// atomic bundle with eth_sendBundle or mev_sendBundle to every configured endpoint in parallel,
// cancels it with eth_cancelBundle, and reads relays' GET /relay/v1/builder/validators to know
// whether a slot's proposer takes builder blocks.
//
// The JSON-RPC wire types are exported so that builders and relays can decode what the sidecar
// sends with the same definitions.
package relayapi
