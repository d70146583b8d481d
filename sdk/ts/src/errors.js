// Typed errors of the searcher API. The API answers every refusal as a JSON-RPC error whose
// data names the field at fault and a short reason code (docs/searchers.md, "Errors"); a program
// branches on `reason`, never on the message text.

/** The JSON-RPC error codes the searcher API uses. */
export const Codes = Object.freeze({
  parse: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602, internal: -32603,
  notFound: -32001, rejected: -32003, notAvailable: -32004, limitExceeded: -32005, unauthorized: -32010,
});

/** A refusal from the searcher API, or an answer that is not one the API gives. */
export class SearcherError extends Error {
  /**
   * @param {object} o
   * @param {number} o.code JSON-RPC error code (0 when the answer was not JSON-RPC)
   * @param {string} o.message the API's message, "<field>: <reason>" when a field is at fault
   * @param {string} [o.reason] short reason code, for example "slot_passed"
   * @param {string} [o.field] the field at fault, for example "preCalls[0].signature"
   * @param {string} [o.method] the JSON-RPC method (or "events")
   * @param {number} [o.httpStatus]
   * @param {number} [o.retryAfter] seconds, from Retry-After
   */
  constructor({ code, message, reason = "", field = "", method = "", httpStatus = 0, retryAfter }) {
    super(method ? `${method}: ${message}` : message);
    this.name = "SearcherError";
    this.code = code;
    this.reason = reason;
    this.field = field;
    this.method = method;
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }
}

/**
 * fromRpcError turns a JSON-RPC error object into a SearcherError.
 * @param {{code?: number, message?: string, data?: {field?: string, reason?: string}}} e
 * @param {{method?: string, httpStatus?: number, retryAfter?: number}} [ctx]
 */
export function fromRpcError(e, ctx = {}) {
  return new SearcherError({
    code: Number(e?.code ?? 0), message: String(e?.message ?? "error without a message"),
    reason: e?.data?.reason ?? "", field: e?.data?.field ?? "", ...ctx,
  });
}

/**
 * fromResponse reads a non-JSON-RPC answer (a plain-text 413, a proxy's page) as an error that
 * says what came back.
 * @param {Response} res
 * @param {string} method
 */
export async function fromResponse(res, method) {
  const text = (await res.text().catch(() => "")).slice(0, 200);
  try {
    const json = JSON.parse(text);
    if (json?.error) return fromRpcError(json.error, { method, httpStatus: res.status, retryAfter: retryAfter(res) });
  } catch { /* not JSON: described below */ }
  return new SearcherError({ code: 0, reason: "bad_response", method, httpStatus: res.status, retryAfter: retryAfter(res),
    message: `HTTP ${res.status}${text ? `: ${text}` : ""}` });
}

/** @param {Response} res */
export function retryAfter(res) {
  const v = res.headers.get("retry-after");
  return v != null && /^\d+$/.test(v) ? Number(v) : undefined;
}
