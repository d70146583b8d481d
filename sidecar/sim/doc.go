// Package sim simulates the based block on the L2 execution client and the atomic L1 bundle on
// the L1 execution client, both with eth_simulateV1 and validation on.
//
// The L2 leg runs the based block's transactions on top of the slot-ending block with exactly
// the environment L2 derivation uses (bundle.BasedBlockEnv), so the post-state root it returns
// is the root of the block derivation builds from the same transactions. Only the state root is
// promised: eth_simulateV1 executes unsigned transactions, so the simulated header's
// transactionsRoot, block hash and (when two calls are identical unsigned transactions that
// emit logs) receiptsRoot differ from the real block's.
//
// The L1 leg runs the ordered bundle at parent P with the payload attributes of slot S and
// measures the value to the builder (the fee recipient's balance change over the bundle) with a
// probe contract injected through state overrides, called before and after the bundle by a
// probe account that pays no priority fee.
//
// A transaction that fails validation (bad nonce, insufficient funds, fee below the base fee)
// aborts the whole eth_simulateV1 request without saying which call it was. The simulator names
// it: from the sender and nonce in the node's message when they single it out, otherwise by
// bisecting over prefixes of the list (at most ceil(log2 n) more requests).
//
// Every method takes the caller's context and makes no retries: the caller owns the budget.
//
// Two checks a real block makes and eth_simulateV1 skips are left to the caller: the EIP-3607
// rule that a sender has no code (searchers' senders are recovered from signatures, so only a
// sender that is a contract can differ), and the per-transaction gas cap of EIP-7825, which
// the simulator checks itself before calling (Config.MaxTxGas).
package sim
