// The X-Flashbots-Signature header (transport/fbsig): "<address>:<signature>", the signature the
// EIP-191 personal signature of the 66-character string "0x" + hex(keccak256(body)), over the
// exact bytes sent. The same scheme signs an event stream's path with its query.
import { keccak256, stringToHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

export const SIGNATURE_HEADER = "X-Flashbots-Signature";

/**
 * toAccount accepts a viem account (anything with address and signMessage) or a private key.
 * @param {import("viem").Account | `0x${string}`} a
 * @param {string} field named in the error
 * @returns {import("viem").LocalAccount}
 */
export function toAccount(a, field) {
  if (typeof a === "string") {
    if (!/^0x[0-9a-fA-F]{64}$/.test(a)) throw new TypeError(`${field}: want a viem account or a 32-byte 0x private key`);
    return privateKeyToAccount(/** @type {`0x${string}`} */ (a));
  }
  if (!a || typeof a.address !== "string" || typeof a.signMessage !== "function") {
    throw new TypeError(`${field}: want a viem account (address, signMessage) or a private key`);
  }
  return /** @type {import("viem").LocalAccount} */ (a);
}

/**
 * signRequest returns the header value for payload (a request body or an event path).
 * @param {import("viem").LocalAccount} identity
 * @param {string} payload exactly what is sent
 */
export async function signRequest(identity, payload) {
  const signature = await identity.signMessage({ message: keccak256(stringToHex(payload)) });
  return `${identity.address}:${signature}`;
}
