// Signed calls (docs/protocol.md §4.2; bundle/basedcall.go in Go). A call's account signs an
// EIP-712 BasedCall under its own domain; every call of a bundle signs the bundle's id (the
// inbox's callBundleId), so none of them runs without all the others and the assertions.
import { concat, encodeAbiParameters, hashTypedData, isAddress, keccak256, parseAbiParameters, toHex, zeroAddress } from "viem";

export const ACCOUNT_DOMAIN_NAME = "syncboost account";
export const BASED_CALL_TYPES = Object.freeze({
  BasedCall: [
    { name: "chainId", type: "uint256" }, { name: "inbox", type: "address" }, { name: "submitter", type: "address" },
    { name: "l1Slot", type: "uint64" }, { name: "target", type: "address" }, { name: "value", type: "uint256" },
    { name: "data", type: "bytes" }, { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint64" },
    { name: "bundleId", type: "bytes32" },
  ],
});
const zeroHash = /** @type {`0x${string}`} */ (`0x${"0".repeat(64)}`);

const callWords = parseAbiParameters("address, uint256, address, address, uint64, address, uint256, bytes32, uint256, uint64");
const assertionWords = parseAbiParameters("address, bytes32, bytes32");
const idWords = parseAbiParameters("bytes32, bytes32, bytes32");

/**
 * quantity reads a bigint, a safe integer or a 0x hex string as a non-negative bigint.
 * @param {bigint | number | string | undefined} v
 * @param {string} field
 */
export function quantity(v, field) {
  if (v === undefined || v === null) return 0n;
  if (typeof v === "bigint" && v >= 0n) return v;
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === "string" && /^0x[0-9a-fA-F]+$/.test(v)) return BigInt(v);
  throw new TypeError(`${field}: want a non-negative bigint, safe integer or 0x hex quantity, got ${String(v)}`);
}

/**
 * @param {unknown} v
 * @param {string} field
 * @returns {`0x${string}`}
 */
function address(v, field) {
  if (typeof v !== "string" || !isAddress(v, { strict: false })) throw new TypeError(`${field}: want a 20-byte 0x address`);
  return /** @type {`0x${string}`} */ (v);
}

/**
 * @param {unknown} v
 * @param {string} field
 * @returns {`0x${string}`}
 */
function bytes(v, field) {
  if (v === undefined) return "0x";
  if (typeof v !== "string" || !/^0x([0-9a-fA-F]{2})*$/.test(v)) throw new TypeError(`${field}: want 0x hex bytes`);
  return /** @type {`0x${string}`} */ (v);
}

/**
 * normaliseCall checks one call and reads its quantities.
 * @param {import("../index").Call} c
 * @param {string} field for example "preCalls[0]"
 */
export function normaliseCall(c, field) {
  return {
    account: address(c?.account, `${field}.account`), target: address(c?.target, `${field}.target`),
    value: quantity(c?.value, `${field}.value`), data: bytes(c?.data, `${field}.data`),
    nonce: quantity(c?.nonce, `${field}.nonce`), deadline: quantity(c?.deadline, `${field}.deadline`),
  };
}

/**
 * @param {import("../index").Assertion} a
 * @param {string} field
 */
function normaliseAssertion(a, field) {
  const expect = bytes(a?.expect, `${field}.expect`);
  if (expect.length !== 66) throw new TypeError(`${field}.expect: want 32 bytes`);
  return { target: address(a?.target, `${field}.target`), data: bytes(a?.data, `${field}.data`), expect };
}

/** @param {`0x${string}`[]} hashes */
const hashAll = (hashes) => keccak256(concat(hashes));

/**
 * callBundleId is the id every call of the bundle signs, as bundle.CallGroup.ID and
 * BasedInbox.callBundleId compute it: keccak256(abi.encode(h(preCalls), h(postCalls),
 * h(assertions))).
 * @param {import("../index").Binding} bind the L1 chain id, inbox, submitter and the bundle's slot
 * @param {{preCalls?: import("../index").Call[], postCalls?: import("../index").Call[], assertions?: import("../index").Assertion[]}} group
 */
export function callBundleId(bind, group) {
  const b = binding(bind);
  const calls = (leg, list) => hashAll((list ?? []).map((raw, i) => {
    const c = normaliseCall(raw, `${leg}[${i}]`);
    return keccak256(encodeAbiParameters(callWords, [c.account, b.chainId, b.inbox, b.submitter, b.l1Slot, c.target,
      c.value, keccak256(c.data), c.nonce, c.deadline]));
  }));
  const assertions = hashAll((group.assertions ?? []).map((raw, i) => {
    const a = normaliseAssertion(raw, `assertions[${i}]`);
    return keccak256(encodeAbiParameters(assertionWords, [a.target, keccak256(a.data), a.expect]));
  }));
  return keccak256(encodeAbiParameters(idWords, [calls("preCalls", group.preCalls), calls("postCalls", group.postCalls), assertions]));
}

/**
 * @param {import("../index").Binding} bind
 */
function binding(bind) {
  return {
    chainId: quantity(bind?.chainId, "l1ChainId"), inbox: address(bind?.inbox, "inbox"),
    submitter: address(bind?.submitter, "submitter"), l1Slot: quantity(bind?.l1Slot, "l1Slot"),
  };
}

/**
 * typedCall is the EIP-712 typed data the call's account signs (BasedCall.Digest in Go).
 * @param {import("../index").Binding & {bundleId: `0x${string}`}} bind
 * @param {import("../index").Call} raw
 */
export function typedCall(bind, raw, field = "call") {
  const b = binding(bind);
  const c = normaliseCall(raw, field);
  return {
    domain: { name: ACCOUNT_DOMAIN_NAME, version: "1", chainId: b.chainId, verifyingContract: c.account },
    types: BASED_CALL_TYPES, primaryType: /** @type {const} */ ("BasedCall"),
    message: { chainId: b.chainId, inbox: b.inbox, submitter: b.submitter, l1Slot: b.l1Slot, target: c.target,
      value: c.value, data: c.data, nonce: c.nonce, deadline: c.deadline, bundleId: bind.bundleId },
  };
}

/**
 * callDigest is the EIP-712 digest the call's account signs.
 * @param {import("../index").Binding & {bundleId: `0x${string}`}} bind
 * @param {import("../index").Call} c
 */
export const callDigest = (bind, c) => hashTypedData(typedCall(bind, c));

/**
 * callId names a call inside the bundle hash (SignedCall.CallID): its digest with the chain id,
 * inbox, submitter and bundle id zero, so it is the same whichever sidecar holds it.
 * @param {bigint | number | string} l1Slot
 * @param {import("../index").Call} c
 */
export const callId = (l1Slot, c) =>
  callDigest({ chainId: 0n, inbox: zeroAddress, submitter: zeroAddress, l1Slot, bundleId: zeroHash }, c);

/**
 * bundleHash is the hash the API answers for a bundle (ComposableBundle.Hash): keccak256 of the
 * transaction hashes (pre, L2, post), each call's id (pre, post), then the assertions' packed
 * hash when there are assertions. Blob transactions in network form are not supported here.
 * @param {import("../index").Bundle} b
 */
export function bundleHash(b) {
  const parts = [];
  for (const leg of ["preTxs", "l2Txs", "postTxs"]) {
    for (const [i, raw] of (b[leg] ?? []).entries()) {
      const tx = bytes(raw, `${leg}[${i}]`);
      if (tx.startsWith("0x03")) throw new TypeError(`${leg}[${i}]: bundleHash does not hash blob transactions; use the API's answer`);
      parts.push(keccak256(tx));
    }
  }
  const slot = quantity(b.l1Slot, "l1Slot");
  (b.preCalls ?? []).forEach((c) => parts.push(callId(slot, c)));
  (b.postCalls ?? []).forEach((c) => parts.push(callId(slot, c)));
  const as = (b.assertions ?? []).map((a, i) => normaliseAssertion(a, `assertions[${i}]`));
  if (as.length) parts.push(keccak256(concat(as.flatMap((a) => [a.target, keccak256(a.data), a.expect]))));
  return keccak256(concat(parts));
}

/**
 * callWire is a signed call as based_sendBundle carries it.
 * @param {ReturnType<typeof normaliseCall>} c
 * @param {`0x${string}`} signature
 */
export function callWire(c, signature) {
  return { account: c.account, target: c.target, value: toHex(c.value), data: c.data, nonce: toHex(c.nonce),
    deadline: toHex(c.deadline), signature };
}
