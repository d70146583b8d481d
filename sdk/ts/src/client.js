// The searcher client: every request signed with the identity (X-Flashbots-Signature), bundles
// stamped with signedAt just before signing (the API refuses a state-changing body signed more
// than 30 s from its clock, and the same body twice), and refusals thrown as SearcherError.
import { createPublicClient, http, isAddress, parseAbi, toHex } from "viem";
import { callBundleId, callWire, normaliseCall, quantity, typedCall } from "./calls.js";
import { delegate } from "./delegate.js";
import { SearcherError, fromResponse, fromRpcError, retryAfter } from "./errors.js";
import { watchEvents } from "./events.js";
import { SIGNATURE_HEADER, signRequest, toAccount } from "./sign.js";

const accountAbi = parseAbi(["function basedNonce() view returns (uint256)"]);

/**
 * checkConfig names the first field at fault.
 * @param {import("../index").ClientConfig} cfg
 */
export function checkConfig(cfg) {
  const problems = [];
  if (!cfg || typeof cfg !== "object") throw new TypeError("config: want an object");
  try { new URL(cfg.url); } catch { problems.push("url: want the searcher API's absolute URL"); }
  for (const f of ["l1ChainId", "l2ChainId"]) {
    if (!Number.isSafeInteger(cfg[f]) || cfg[f] <= 0) problems.push(`${f}: want a positive integer`);
  }
  if (cfg.l1ChainId === cfg.l2ChainId) problems.push("l2ChainId: equals l1ChainId");
  for (const f of ["inbox", "submitter"]) {
    if (typeof cfg[f] !== "string" || !isAddress(cfg[f], { strict: false })) problems.push(`${f}: want a 20-byte 0x address`);
  }
  if (cfg.identity === undefined) problems.push("identity: required (a viem account or a private key)");
  if (cfg.l1Rpc !== undefined) {
    try { new URL(cfg.l1Rpc); } catch { problems.push("l1Rpc: want the L1 JSON-RPC's absolute URL"); }
  }
  if (problems.length) throw new TypeError(`searcher client config: ${problems.join("; ")}`);
}

/**
 * createClient returns a client for one sidecar's searcher API.
 * @param {import("../index").ClientConfig} cfg
 * @returns {import("../index").SearcherClient}
 */
export function createClient(cfg) {
  checkConfig(cfg);
  const identity = toAccount(cfg.identity, "identity");
  const sign = (payload) => signRequest(identity, payload);
  const c = { cfg, sign, fetch: cfg.fetch ?? globalThis.fetch, now: cfg.now ?? Date.now, id: 0 };
  const events = { base: cfg.url, sign, fetch: c.fetch, now: c.now };
  const signedAt = () => Math.floor(c.now() / 1000);
  return {
    identity: identity.address,
    signRequest: sign,
    signCalls: (b, ...signers) => signCalls(cfg, b, signers),
    callBundleId: (b) => callBundleId(binding(cfg, b), b),
    delegate: (who, accountCode, opts) => delegate(cfg, who, accountCode, opts),
    sendBundle: (b) => rpc(c, "based_sendBundle", [{ ...wire(cfg, b), signedAt: signedAt() }]),
    callBundle: (b) => rpc(c, "based_callBundle", [wire(cfg, b)]),
    async cancelBundle({ replacementUuid, replacementNonce = 0n }) {
      if (!replacementUuid) throw new TypeError("replacementUuid: required");
      return rpc(c, "based_cancelBundle", [{ replacementUuid, replacementNonce: toHex(quantity(replacementNonce, "replacementNonce")),
        signedAt: signedAt() }]);
    },
    bundleStatus: (hash) => rpc(c, "based_getBundleStatus", [hash]),
    basedNonce: (account) => basedNonce(cfg, account),
    watch: (hash, opts) => watchEvents(events, hash, opts),
    waitFor: (hash, opts) => waitFor(events, hash, opts),
  };
}

/**
 * rpc sends one signed JSON-RPC call. Each call has its own id: a read repeated byte for byte
 * is charged to the API's repeat bucket.
 */
async function rpc(c, method, params) {
  const body = JSON.stringify({ jsonrpc: "2.0", id: ++c.id, method, params });
  const res = await c.fetch(c.cfg.url, { method: "POST", body,
    headers: { "Content-Type": "application/json", [SIGNATURE_HEADER]: await c.sign(body) } });
  let json;
  try {
    json = await res.clone().json();
  } catch {
    throw await fromResponse(res, method);
  }
  if (json?.error) throw fromRpcError(json.error, { method, httpStatus: res.status, retryAfter: retryAfter(res) });
  if (!res.ok || json?.result === undefined) throw await fromResponse(res, method);
  return json.result;
}

/** What every call signs besides what the searcher chose. */
const binding = (cfg, b) => ({ chainId: cfg.l1ChainId, inbox: cfg.inbox, submitter: cfg.submitter, l1Slot: b.l1Slot });

/**
 * signCalls signs every call with its account's signer, under the bundle's id; the bundle is
 * returned with its calls in wire form, the input unchanged.
 * @param {import("../index").ClientConfig} cfg
 * @param {import("../index").Bundle} b
 * @param {(import("viem").LocalAccount | `0x${string}`)[]} signers
 */
async function signCalls(cfg, b, signers) {
  if (!b.preCalls?.length && !b.postCalls?.length) return { ...b };
  if (quantity(b.l1Slot, "l1Slot") === 0n) throw new TypeError("l1Slot: required for a bundle with signed calls");
  const byAccount = new Map(signers.map((s, i) => toAccount(s, `signers[${i}]`)).map((a) => [a.address.toLowerCase(), a]));
  const bind = { ...binding(cfg, b), bundleId: callBundleId(binding(cfg, b), b) };
  const leg = (name) => Promise.all((b[name] ?? []).map(async (raw, i) => {
    const field = `${name}[${i}]`;
    const call = normaliseCall(raw, field);
    const signer = byAccount.get(call.account.toLowerCase());
    if (!signer) throw new TypeError(`${field}.account: no signer for account ${call.account}`);
    return callWire(call, await signer.signTypedData(typedCall(bind, raw, field)));
  }));
  return { ...b, preCalls: await leg("preCalls"), postCalls: await leg("postCalls") };
}

/**
 * wire is the bundle as based_sendBundle takes it: quantities as 0x hex, the client's L2 chain
 * when it names none, empty legs present.
 * @param {import("../index").ClientConfig} cfg
 * @param {import("../index").Bundle} b
 */
function wire(cfg, b) {
  const out = { ...b, l2ChainId: toHex(quantity(b.l2ChainId ?? cfg.l2ChainId, "l2ChainId")),
    preTxs: b.preTxs ?? [], l2Txs: b.l2Txs ?? [], postTxs: b.postTxs ?? [], assertions: b.assertions ?? [] };
  for (const f of ["l1Slot", "replacementNonce", "minTimestamp", "maxTimestamp"]) {
    if (b[f] !== undefined) out[f] = toHex(quantity(b[f], f));
  }
  for (const f of ["preCalls", "postCalls"]) {
    if (!b[f]?.length) delete out[f];
    else if (b[f].some((c) => !c.signature)) throw new TypeError(`${f}: unsigned calls; signCalls(bundle, account) first`);
  }
  return out;
}

/** waitFor resolves with the last event of the stream: the final status, unless opts.signal ended it. */
async function waitFor(events, hash, opts) {
  let last;
  for await (const ev of watchEvents(events, hash, opts)) last = ev;
  if (!last) throw new SearcherError({ code: 0, reason: "stream_ended", method: "events", message: `no status for ${hash}` });
  return last;
}

/** basedNonce reads the account's basedNonce() on the L1 head. */
async function basedNonce(cfg, account) {
  if (!cfg.l1Rpc) throw new TypeError("l1Rpc: required to read basedNonce()");
  return createPublicClient({ transport: http(cfg.l1Rpc) }).readContract({ address: account, abi: accountAbi,
    functionName: "basedNonce" });
}
