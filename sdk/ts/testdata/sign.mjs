// Fixture for the Go test searcherclient.TestSDKRequestsVerifyInGo: the SDK builds and signs a
// based_sendBundle request (calls signed for slot+1 of the vectors, so not the vectors' bytes)
// and an event-stream request; fetch is replaced so nothing is sent, and what would have been
// sent is printed as one JSON line for the Go verifier.
//
//   node testdata/sign.mjs testdata/vectors.json
import { readFileSync } from "node:fs";
import { bundleHash, createClient } from "../index.js";

const v = JSON.parse(readFileSync(process.argv[2], "utf8"));
const sent = [];
const fetch = async (url, init) => {
  sent.push({ url: String(url), body: init.body, header: init.headers["X-Flashbots-Signature"] });
  if (init.method === "POST") {
    return Response.json({ jsonrpc: "2.0", id: 1, result: { bundleHash: "0x", replacementUuid: "" } });
  }
  return new Response("event: status\nid: 1\ndata: {\"status\":\"landed\",\"timestamp\":1}\n\n");
};
const client = createClient({ url: "http://127.0.0.1:18645/", identity: v.identityKey, l1ChainId: v.l1ChainId,
  l2ChainId: v.l2ChainId, inbox: v.inbox, submitter: v.submitter, fetch });
const strip = ({ account, target, value, data, nonce, deadline }) => ({ account, target, value, data, nonce, deadline });
const bundle = await client.signCalls({ l1Slot: v.l1Slot + 1, l2Txs: v.l2Txs, preCalls: v.preCalls.map(strip),
  postCalls: v.postCalls.map(strip), assertions: v.assertions, replacementUuid: "6f1c2a9e-4b7d-4c1e-9a3f-0123456789ab" },
...v.accountKeys);
await client.sendBundle(bundle);
for await (const _ of client.watch(v.bundleHash)) { /* one landed event */ }
const [send, events] = sent;
console.log(JSON.stringify({ identity: client.identity, bundleHash: bundleHash(bundle), body: send.body, header: send.header,
  path: new URL(events.url).pathname + new URL(events.url).search, pathHeader: events.header }));
