// Package bindings is the Go side of the syncboost L1 contracts (contracts/src): the abigen v2
// bindings that contracts/build.sh generates (*.gen.go and basedaccount/; never edit them by
// hand) and helpers that compute the contracts' hashes off-chain (so the sidecar can predict a
// submission's commitment and sign its state attestation before sending it), convert bundle's
// signed calls to the inbox's ABI form, and decode the inbox's and the account's custom errors.
package bindings
