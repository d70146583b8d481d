// The SDK against the Go reference: testdata/vectors.json is written by
// `go test ./searcherclient -run TestVectors -update` from bundle/ and transport/fbsig.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { privateKeyToAccount } from "viem/accounts";
import { bundleHash, callBundleId, callDigest, callId, createClient } from "../index.js";

const v = JSON.parse(readFileSync(new URL("../testdata/vectors.json", import.meta.url), "utf8"));
const bind = { chainId: v.l1ChainId, inbox: v.inbox, submitter: v.submitter, l1Slot: v.l1Slot };
const strip = ({ account, target, value, data, nonce, deadline }) => ({ account, target, value, data, nonce, deadline });
const unsigned = { l1Slot: v.l1Slot, l2Txs: v.l2Txs, preCalls: v.preCalls.map(strip), postCalls: v.postCalls.map(strip),
  assertions: v.assertions };
const client = () => createClient({ url: "http://127.0.0.1:1/", identity: v.identityKey, l1ChainId: v.l1ChainId,
  l2ChainId: v.l2ChainId, inbox: v.inbox, submitter: v.submitter });

test("the bundle id is bundle.CallGroup.ID", () => {
  assert.equal(callBundleId(bind, unsigned), v.bundleId);
  assert.equal(client().callBundleId(unsigned), v.bundleId);
});

test("each call's EIP-712 digest and call id are the Go reference's", () => {
  for (const c of [...v.preCalls, ...v.postCalls]) {
    assert.equal(callDigest({ ...bind, bundleId: v.bundleId }, strip(c)), c.digest);
    assert.equal(callId(v.l1Slot, strip(c)), c.callId);
  }
});

test("the bundle hash is ComposableBundle.Hash", () => {
  assert.equal(bundleHash(unsigned), v.bundleHash);
});

test("signCalls signs every call as bundle.SignCalls does (RFC 6979: the same bytes)", async () => {
  const signed = await client().signCalls(unsigned, ...v.accountKeys.map((k) => privateKeyToAccount(k)));
  assert.deepEqual(signed.preCalls.map((c) => c.signature), v.preCalls.map((c) => c.signature));
  assert.deepEqual(signed.postCalls.map((c) => c.signature), v.postCalls.map((c) => c.signature));
  assert.equal(signed.preCalls[0].value, "0x3b9aca00");
  assert.equal(bundleHash(signed), v.bundleHash, "signatures are not part of the hash");
  assert.deepEqual(unsigned.preCalls[0].signature, undefined, "the input bundle is not changed");
});

test("signCalls names the call whose account has no signer", async () => {
  await assert.rejects(client().signCalls(unsigned, v.accountKeys[0]), /preCalls\[1\]\.account: no signer/);
  await assert.rejects(client().signCalls({ ...unsigned, l1Slot: 0 }, ...v.accountKeys), /l1Slot: required/);
});

test("signRequest gives fbsig.Sign's header", async () => {
  assert.equal(await client().signRequest(v.request.body), v.request.header);
});

test("quantities in any form give the same id", () => {
  const asNumbers = unsigned.preCalls.map((c) => ({ ...c, value: BigInt(c.value), nonce: Number(c.nonce), deadline: BigInt(c.deadline) }));
  assert.equal(callBundleId(bind, { ...unsigned, preCalls: asNumbers }), v.bundleId);
  assert.throws(() => callBundleId(bind, { ...unsigned, preCalls: [{ ...asNumbers[0], nonce: -1 }] }), /preCalls\[0\]\.nonce/);
});
