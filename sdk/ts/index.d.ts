// Types of @syncboost/searcher (hand-written; the package is plain ES modules, no build step).
import type { Account, LocalAccount, WalletClient } from "viem";

export type Hex = `0x${string}`;
export type Address = `0x${string}`;
/** A quantity: a bigint, a safe integer or a 0x hex string. */
export type Quantity = bigint | number | Hex;

/** One call a based account runs inside the sidecar's atomic L1 transaction. */
export interface Call {
  account: Address;
  target: Address;
  value?: Quantity;
  data?: Hex;
  /** the account's basedNonce() when the call runs; consecutive within a bundle, pre-calls first */
  nonce: Quantity;
  /** unix seconds; the end of the target slot is a safe choice */
  deadline: Quantity;
  /** set by signCalls */
  signature?: Hex;
}

export interface Assertion {
  target: Address;
  data: Hex;
  /** keccak256 of the staticcall's return data */
  expect: Hex;
}

/** A composable bundle as based_sendBundle takes it; quantities in any Quantity form. */
export interface Bundle {
  /** defaults to the client's l2ChainId */
  l2ChainId?: Quantity;
  /** required with signed calls; absent or 0 is the next slot */
  l1Slot?: Quantity;
  preTxs?: Hex[];
  l2Txs?: Hex[];
  postTxs?: Hex[];
  preCalls?: Call[];
  postCalls?: Call[];
  assertions?: Assertion[];
  replacementUuid?: string;
  replacementNonce?: Quantity;
  minTimestamp?: Quantity;
  maxTimestamp?: Quantity;
}

/** What every call signs besides what the searcher chose. */
export interface Binding {
  chainId: Quantity;
  inbox: Address;
  submitter: Address;
  l1Slot: Quantity;
}

export interface ClientConfig {
  /** the searcher API, for example http://127.0.0.1:18645/ */
  url: string;
  /** signs X-Flashbots-Signature; need hold no funds */
  identity: Account | Hex;
  l1ChainId: number;
  l2ChainId: number;
  /** the BasedInbox the sidecar submits to */
  inbox: Address;
  /** the sidecar's L1 address: the one sender the signed calls allow */
  submitter: Address;
  /** L1 JSON-RPC, used by delegate() when given a bare account */
  l1Rpc?: string;
  fetch?: typeof fetch;
  /** milliseconds since the epoch (signedAt); defaults to Date.now */
  now?: () => number;
}

export interface SendResult { bundleHash: Hex; replacementUuid: string }
export interface CancelResult { bundleHash: Hex; status: Status }
export type Status = "received" | "simulated" | "submitted" | "landed" | "not_landed" | "failed" | "cancelled" | "expired";

export interface Delivery { relay: string; builderPubkey: string; blockHash: Hex; value: Hex }
export interface StatusEvent {
  status: Status;
  /** unix milliseconds */
  timestamp: number;
  reason?: string;
  l1BlockNumber?: Hex;
  deliveredBy?: Delivery[];
  deliveryDisagreement?: boolean;
}
export interface StatusResult {
  bundleHash: Hex;
  status: Status;
  l2ChainId: Hex;
  l1Slot: Hex;
  replacementUuid?: string;
  reason?: string;
  l1BlockNumber?: Hex;
  deliveredBy?: Delivery[];
  deliveryDisagreement?: boolean;
  timestamps: Record<string, number>;
  history: StatusEvent[];
}
export interface LegResult { txHash: Hex; status: "success" | "reverted"; gasUsed: Hex; returnData?: Hex; error?: string }
export interface CallResult {
  l1Slot: Hex;
  l2BlockNumber: Hex;
  pre: LegResult[];
  l2: LegResult[];
  post: LegResult[];
  callsOk: boolean;
  assertionsOk: boolean;
  failedLeg?: "pre" | "post" | "pre_call" | "post_call" | "l2" | "assertions" | "sidecar";
  failedIndex?: Hex;
  error?: string;
  l2StateRoot: Hex;
  valueWei: Hex;
}

export interface WatchOptions {
  signal?: AbortSignal;
  /** reconnections (with Last-Event-ID) after a dropped stream; default 3 */
  reconnects?: number;
}

export interface SearcherClient {
  /** the identity's address: the API's rate limits and ownership count per identity */
  readonly identity: Address;
  /** the X-Flashbots-Signature value for payload (a body, or an event path with its query) */
  signRequest(payload: string): Promise<string>;
  /** delegates an EOA to BasedAccount (EIP-7702 authorisation, type-4 transaction) and waits for it */
  delegate(who: WalletClient | LocalAccount, accountCode: Address, opts?: { pollingInterval?: number }):
    Promise<{ hash: Hex; blockNumber: bigint }>;
  /** the bundle id every call signs (BasedInbox.callBundleId) */
  callBundleId(b: Bundle): Hex;
  /** signs every pre- and post-call with its account's signer; returns the bundle in wire form for calls */
  signCalls(b: Bundle, ...signers: (LocalAccount | Hex)[]): Promise<Bundle>;
  sendBundle(b: Bundle): Promise<SendResult>;
  callBundle(b: Bundle): Promise<CallResult>;
  cancelBundle(p: { replacementUuid: string; replacementNonce?: Quantity }): Promise<CancelResult>;
  bundleStatus(bundleHash: Hex): Promise<StatusResult>;
  /** the account's basedNonce() on the L1 head (needs l1Rpc) */
  basedNonce(account: Address): Promise<bigint>;
  /** the bundle's status events: history first, then changes; ends after a final status */
  watch(bundleHash: Hex, opts?: WatchOptions): AsyncGenerator<StatusEvent>;
  /** the final status */
  waitFor(bundleHash: Hex, opts?: WatchOptions): Promise<StatusEvent>;
}

export function createClient(cfg: ClientConfig): SearcherClient;
export function checkConfig(cfg: ClientConfig): void;

export const Codes: Readonly<{
  parse: -32700; invalidRequest: -32600; methodNotFound: -32601; invalidParams: -32602; internal: -32603;
  notFound: -32001; rejected: -32003; notAvailable: -32004; limitExceeded: -32005; unauthorized: -32010;
}>;

export class SearcherError extends Error {
  /** JSON-RPC error code; 0 when the answer was not JSON-RPC */
  readonly code: number;
  /** short reason code, for example "slot_passed"; "bad_response" when the answer was not JSON-RPC */
  readonly reason: string;
  /** the field at fault, for example "preCalls[0].signature"; "" when none */
  readonly field: string;
  readonly method: string;
  readonly httpStatus: number;
  /** seconds, from Retry-After */
  readonly retryAfter?: number;
}

export function signRequest(identity: LocalAccount, payload: string): Promise<string>;
export const SIGNATURE_HEADER: "X-Flashbots-Signature";
export const ACCOUNT_DOMAIN_NAME: "syncboost account";
export const BASED_CALL_TYPES: { BasedCall: readonly { name: string; type: string }[] };
export function callBundleId(bind: Binding, group: Pick<Bundle, "preCalls" | "postCalls" | "assertions">): Hex;
export function callDigest(bind: Binding & { bundleId: Hex }, c: Call): Hex;
export function callId(l1Slot: Quantity, c: Call): Hex;
export function typedCall(bind: Binding & { bundleId: Hex }, c: Call, field?: string): {
  domain: { name: string; version: string; chainId: bigint; verifyingContract: Address };
  types: typeof BASED_CALL_TYPES; primaryType: "BasedCall"; message: Record<string, unknown>;
};
export function bundleHash(b: Bundle): Hex;
export const TERMINAL: readonly Status[];
export function parseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; id: string; data: string }>;
