// Sends a composable bundle to a running syncboost searcher API with ethers, signing the
// X-Flashbots-Signature header the way Flashbots' client does, and checks the answers.
//
//   node interop.mjs <url> <l1ChainId> <l2ChainId>
//
// Prints one JSON line {"signer", "bundleHash"} on success; exits non-zero on any mismatch.
import assert from "node:assert/strict";
import { ethers } from "ethers";

const [url, l1Arg, l2Arg] = process.argv.slice(2);
if (!url || !l1Arg || !l2Arg) {
  console.error("usage: node interop.mjs <url> <l1ChainId> <l2ChainId>");
  process.exit(2);
}
const l1 = BigInt(l1Arg);
const l2 = BigInt(l2Arg);

const searcher = new ethers.Wallet(ethers.id("syncboost interop searcher"));
const sender = new ethers.Wallet(ethers.id("syncboost interop sender"));

async function tx(chainId, nonce) {
  return sender.signTransaction({
    type: 2, chainId, nonce, to: "0x000000000000000000000000000000000000dEaD", value: 1n,
    gasLimit: 21000n, maxPriorityFeePerGas: 2_000_000_000n, maxFeePerGas: 30_000_000_000n,
  });
}

async function post(body, header) {
  const headers = { "Content-Type": "application/json" };
  if (header) headers["X-Flashbots-Signature"] = header;
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, json: await res.json() };
}

// Flashbots' documented client-side signing: the personal signature of the hex keccak id.
async function signed(body) {
  return `${searcher.address}:${await searcher.signMessage(ethers.id(body))}`;
}

const txs = { pre: [await tx(l1, 0)], l2: [await tx(l2, 0), await tx(l2, 1)] };
const params = {
  l2ChainId: ethers.toQuantity(l2), preTxs: txs.pre, l2Txs: txs.l2, postTxs: [], assertions: [],
  replacementUuid: "6f1c2a9e-4b7d-4c1e-9a3f-0123456789ab",
  // Inside the signed body: the sidecar refuses a request signed outside its replay window.
  signedAt: Math.floor(Date.now() / 1000),
};
const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "based_sendBundle", params: [params] });

// The bundle hash is keccak256 of the transaction hashes in order (no assertions here).
const expected = ethers.keccak256(ethers.concat([...txs.pre, ...txs.l2].map((raw) => ethers.keccak256(raw))));

const sent = await post(body, await signed(body));
assert.equal(sent.status, 200, JSON.stringify(sent.json));
assert.equal(sent.json.error, undefined, JSON.stringify(sent.json.error));
assert.equal(sent.json.result.bundleHash, expected);
assert.equal(sent.json.result.replacementUuid, params.replacementUuid);

const statusBody = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "based_getBundleStatus", params: [expected] });
const status = await post(statusBody, await signed(statusBody));
assert.equal(status.json.result.status, "received", JSON.stringify(status.json));

// The same signed request again is a replay: refused, naming the body.
const replayed = await post(body, await signed(body));
assert.equal(replayed.json.error.code, -32003, JSON.stringify(replayed.json));
assert.equal(replayed.json.error.data.reason, "replayed");

// Without signedAt a state-changing request is refused, naming the field.
const { signedAt, ...unstamped } = params;
const oldBody = JSON.stringify({ jsonrpc: "2.0", id: 4, method: "based_sendBundle", params: [unstamped] });
const old = await post(oldBody, await signed(oldBody));
assert.equal(old.json.error.data.field, "signedAt", JSON.stringify(old.json));

// A header over different bytes is refused, and names the header.
const tampered = await post(body.replace('"id":1', '"id":3'), await signed(body));
assert.equal(tampered.status, 403);
assert.equal(tampered.json.error.code, -32010);
assert.match(tampered.json.error.message, /^X-Flashbots-Signature: /);

console.log(JSON.stringify({ signer: searcher.address, bundleHash: expected }));
