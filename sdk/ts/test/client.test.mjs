// The client's requests and its reading of answers, with fetch replaced by a function that
// records the request and answers as the API does (no sockets).
import assert from "node:assert/strict";
import { test } from "node:test";
import { recoverMessageAddress, keccak256, stringToHex } from "viem";
import { Codes, SearcherError, createClient, parseEvents } from "../index.js";

const identityKey = `0x${"11".repeat(32)}`;
const base = { url: "http://sidecar.test/", identity: identityKey, l1ChainId: 3151908, l2ChainId: 167000,
  inbox: `0x${"0b".repeat(20)}`, submitter: `0x${"5c".repeat(20)}`, now: () => 1_763_712_000_123 };

function recorder(answer) {
  const seen = [];
  const fetch = async (url, init) => {
    seen.push({ url: String(url), ...init });
    return answer(seen.at(-1));
  };
  return { seen, fetch };
}
const json = (v, status = 200, headers = {}) => new Response(JSON.stringify(v), { status, headers: { "Content-Type": "application/json", ...headers } });

async function signer(payload, header) {
  const [address, signature] = header.split(":");
  const got = await recoverMessageAddress({ message: keccak256(stringToHex(payload)), signature });
  assert.equal(got.toLowerCase(), address.toLowerCase());
  return address;
}

test("createClient names every field at fault", () => {
  assert.throws(() => createClient({ ...base, url: "nope", inbox: "0x12", l2ChainId: 3151908 }),
    (e) => /url: /.test(e.message) && /inbox: /.test(e.message) && /l2ChainId: equals l1ChainId/.test(e.message));
  assert.throws(() => createClient({ ...base, identity: "0x1234" }), /identity: want a viem account/);
  assert.throws(() => createClient({ ...base, l1Rpc: "localhost" }), /l1Rpc: want/);
});

test("sendBundle signs the exact body, stamps signedAt and sends quantities as hex", async () => {
  const r = recorder(() => json({ jsonrpc: "2.0", id: 1, result: { bundleHash: `0x${"ab".repeat(32)}`, replacementUuid: "u" } }));
  const c = createClient({ ...base, fetch: r.fetch });
  const res = await c.sendBundle({ l1Slot: 42, l2Txs: ["0x02"], replacementNonce: 3n });
  assert.equal(res.replacementUuid, "u");
  const req = r.seen[0];
  assert.equal(req.method, "POST");
  assert.equal(await signer(req.body, req.headers["X-Flashbots-Signature"]), c.identity);
  const body = JSON.parse(req.body);
  assert.equal(body.method, "based_sendBundle");
  assert.deepEqual(body.params[0], { l1Slot: "0x2a", l2Txs: ["0x02"], replacementNonce: "0x3", l2ChainId: "0x28c58",
    preTxs: [], postTxs: [], assertions: [], signedAt: 1_763_712_000 });
});

test("each call has its own id, so repeated reads are not byte-identical", async () => {
  const r = recorder(() => json({ jsonrpc: "2.0", id: 1, result: { status: "received" } }));
  const c = createClient({ ...base, fetch: r.fetch });
  await c.bundleStatus(`0x${"cd".repeat(32)}`);
  await c.bundleStatus(`0x${"cd".repeat(32)}`);
  assert.notEqual(r.seen[0].body, r.seen[1].body);
});

test("a JSON-RPC refusal is a SearcherError with code, reason and field", async () => {
  const r = recorder(() => json({ jsonrpc: "2.0", id: 1, error: { code: -32602, message: "l1Slot: slot 3 has passed",
    data: { field: "l1Slot", reason: "slot_passed" } } }));
  const c = createClient({ ...base, fetch: r.fetch });
  await assert.rejects(c.sendBundle({ l1Slot: 3, l2Txs: ["0x02"] }), (e) => e instanceof SearcherError &&
    e.code === Codes.invalidParams && e.reason === "slot_passed" && e.field === "l1Slot" && e.method === "based_sendBundle");
});

test("Retry-After and a plain-text answer are kept", async () => {
  const busy = recorder(() => json({ jsonrpc: "2.0", id: 1, error: { code: -32004, message: "building",
    data: { reason: "building" } } }, 503, { "Retry-After": "2" }));
  await assert.rejects(createClient({ ...base, fetch: busy.fetch }).callBundle({ l2Txs: ["0x02"] }),
    (e) => e.reason === "building" && e.retryAfter === 2 && e.httpStatus === 503 && e.field === "");
  const big = recorder(() => new Response("request body too large\n", { status: 413 }));
  await assert.rejects(createClient({ ...base, fetch: big.fetch }).sendBundle({ l2Txs: ["0x02"] }),
    (e) => e.code === 0 && e.reason === "bad_response" && e.httpStatus === 413 && /too large/.test(e.message));
});

test("cancelBundle sends the nonce it ends, signed and stamped", async () => {
  const r = recorder(() => json({ jsonrpc: "2.0", id: 1, result: { bundleHash: "0x", status: "cancelled" } }));
  await createClient({ ...base, fetch: r.fetch }).cancelBundle({ replacementUuid: "u", replacementNonce: 2 });
  assert.deepEqual(JSON.parse(r.seen[0].body).params, [{ replacementUuid: "u", replacementNonce: "0x2", signedAt: 1_763_712_000 }]);
  await assert.rejects(async () => createClient({ ...base, fetch: r.fetch }).cancelBundle({}), /replacementUuid: required/);
});

test("sendBundle refuses unsigned calls before sending", async () => {
  const r = recorder(() => assert.fail("sent"));
  const call = { account: `0x${"aa".repeat(20)}`, target: `0x${"bb".repeat(20)}`, nonce: 0, deadline: 1 };
  await assert.rejects(async () => createClient({ ...base, fetch: r.fetch }).sendBundle({ l1Slot: 9, preCalls: [call] }),
    /preCalls: unsigned calls/);
});

const sse = (text) => new ReadableStream({ start(c) {
  for (let i = 0; i < text.length; i += 7) c.enqueue(new TextEncoder().encode(text.slice(i, i + 7))); // split mid-line
  c.close();
} });

test("parseEvents reads events split across chunks and skips comments", async () => {
  const got = [];
  for await (const ev of parseEvents(sse(": keep-alive\n\nevent: status\nid: 1\ndata: {\"status\":\"received\"}\n\n" +
    "event: status\r\nid: 2\r\ndata: a\r\ndata: b\r\n\r\n"))) got.push(ev);
  assert.deepEqual(got, [{ event: "status", id: "1", data: "{\"status\":\"received\"}" }, { event: "status", id: "2", data: "a\nb" }]);
});

test("watch signs the path with its query, resumes with Last-Event-ID and ends on a final status", async () => {
  const hash = `0x${"ef".repeat(32)}`;
  const streams = [
    "event: status\nid: 1\ndata: {\"status\":\"received\",\"timestamp\":1}\n\n", // dropped before a final status
    "event: status\nid: 2\ndata: {\"status\":\"simulated\",\"timestamp\":2}\n\nevent: status\nid: 3\ndata: {\"status\":\"landed\",\"timestamp\":3,\"l1BlockNumber\":\"0x9\"}\n\n",
  ];
  const r = recorder(() => new Response(sse(streams.shift()), { headers: { "Content-Type": "text/event-stream" } }));
  const c = createClient({ ...base, fetch: r.fetch });
  const got = [];
  for await (const ev of c.watch(hash)) got.push(ev.status);
  assert.deepEqual(got, ["received", "simulated", "landed"]);
  const path = `/v1/bundles/${hash}/events?signedAt=1763712000`;
  assert.equal(r.seen[0].url, `http://sidecar.test${path}`);
  assert.equal(await signer(path, r.seen[0].headers["X-Flashbots-Signature"]), c.identity);
  assert.equal(r.seen[0].headers["Last-Event-ID"], undefined);
  assert.equal(r.seen[1].headers["Last-Event-ID"], "1");
});

test("watch turns a refused stream into a SearcherError", async () => {
  const r = recorder(() => json({ jsonrpc: "2.0", id: null, error: { code: -32001, message: "bundleHash: not found",
    data: { field: "bundleHash", reason: "not_found" } } }, 404));
  const it = createClient({ ...base, fetch: r.fetch }).watch(`0x${"ef".repeat(32)}`);
  await assert.rejects(it.next(), (e) => e.code === Codes.notFound && e.field === "bundleHash" && e.httpStatus === 404);
});
