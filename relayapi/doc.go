// Package relayapi is the sidecar's outbound side towards builders and relays: it sends the
// atomic bundle with eth_sendBundle or mev_sendBundle to every configured endpoint in parallel,
// cancels it with eth_cancelBundle, and reads relays: GET /relay/v1/builder/validators to know
// whether a slot's proposer takes builder blocks (Proposers, which counts a registration only when
// its BLS signature verifies under the builder domain and its pubkey is the beacon node's
// proposer for the slot), and the data API's proposer_payload_delivered to know who delivered a
// slot's block (Deliveries).
//
// Submitter.Send and Submitter.Cancel return a Fanout at once: the caller waits for the first
// acceptance or its deadline (Fanout.First) while slower endpoints finish in the background,
// owned by the Submitter until Submitter.Stop. Every Result carries FirstByte, when the
// request's first byte reached the endpoint's connection: the end of the sidecar's dead time.
//
// The JSON-RPC wire types are exported so that builders and relays can decode what the sidecar
// sends with the same definitions.
package relayapi
