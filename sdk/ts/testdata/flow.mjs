// Fixture for the Go test searcherclient.TestSDKAgainstTheSidecar: the SDK against a real
// searcher API. Sends an L2 bundle and one with signed calls, reads its status, watches it,
// cancels it (the watch ends with cancelled) and checks a refusal arrives as a SearcherError.
//
//   node testdata/flow.mjs <json config: url, l1ChainId, l2ChainId, inbox, submitter, slot>
import assert from "node:assert/strict";
import { keccak256, stringToHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { SearcherError, bundleHash, createClient } from "../index.js";

const cfg = JSON.parse(process.argv[2]);
const key = (name) => keccak256(stringToHex(`sdk flow ${name}`));
const client = createClient({ ...cfg, identity: key("identity") });
const eoa = privateKeyToAccount(key("account"));

async function transfer(nonce) {
  return eoa.signTransaction({ type: "eip1559", chainId: cfg.l2ChainId, nonce, to: `0x${"42".repeat(20)}`, value: 1n,
    gas: 21_000n, maxPriorityFeePerGas: 100_000_000_000n, maxFeePerGas: 200_000_000_000n });
}

const plain = { l1Slot: cfg.slot, l2Txs: [await transfer(0)] };
const { bundleHash: hash, replacementUuid } = await client.sendBundle(plain);
assert.equal(hash, bundleHash(plain));
assert.equal((await client.bundleStatus(hash)).status, "received");

const deadline = Math.floor(Date.now() / 1000) + 3600;
const calls = await client.signCalls({ l1Slot: cfg.slot + 1, l2Txs: [await transfer(1)],
  preCalls: [{ account: eoa.address, target: `0x${"de".repeat(20)}`, value: 1_000_000_000n, data: "0xf83d08ba", nonce: 0, deadline }],
  postCalls: [{ account: eoa.address, target: `0x${"de".repeat(20)}`, data: "0x86d1a69f", nonce: 1, deadline }],
  assertions: [{ target: `0x${"de".repeat(20)}`, data: "0x9a8a0592", expect: `0x${"01".padStart(64, "0")}` }] }, eoa);
const sentCalls = await client.sendBundle(calls);
assert.equal(sentCalls.bundleHash, bundleHash(calls));

const seen = [];
const watching = (async () => { for await (const ev of client.watch(hash)) seen.push(ev.status); })();
// cancel once the stream has delivered the history (received), so the watch sees the change live
while (seen.length === 0) await new Promise((r) => setImmediate(r));
const cancelled = await client.cancelBundle({ replacementUuid });
assert.equal(cancelled.status, "cancelled");
await watching;
assert.deepEqual(seen, ["received", "cancelled"]);

await assert.rejects(client.sendBundle({ l1Slot: cfg.slot + 1000, l2Txs: [await transfer(2)] }),
  (e) => e instanceof SearcherError && e.code === -32602 && e.reason === "slot_too_far" && e.field === "l1Slot");
console.log(JSON.stringify({ identity: client.identity, bundleHash: hash, callsBundleHash: sentCalls.bundleHash, seen }));
