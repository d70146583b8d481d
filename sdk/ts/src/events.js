// A bundle's status events (GET /v1/bundles/{hash}/events, Server-Sent Events): the history
// first, then each change, and the stream ends after a final status. The path with its query is
// signed like a body; signedAt in the query must be fresh, so each (re)connect signs anew.
import { SearcherError, fromResponse } from "./errors.js";

/** Statuses after which a bundle changes no more (bundle.Status.Terminal). */
export const TERMINAL = Object.freeze(["landed", "not_landed", "failed", "cancelled", "expired"]);

/**
 * parseEvents splits an SSE byte stream into events; comment lines (keep-alives) are skipped.
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<{event: string, id: string, data: string}>}
 */
export async function* parseEvents(body) {
  const decoder = new TextDecoder();
  let buf = "";
  let ev = { event: "message", id: "", data: [] };
  for await (const chunk of body) {
    buf += decoder.decode(chunk, { stream: true });
    let nl;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl).replace(/\r$/, "");
      buf = buf.slice(nl + 1);
      if (line === "") {
        if (ev.data.length) yield { event: ev.event, id: ev.id, data: ev.data.join("\n") };
        ev = { event: "message", id: "", data: [] };
        continue;
      }
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (name === "event") ev.event = value;
      else if (name === "id") ev.id = value;
      else if (name === "data") ev.data.push(value);
    }
  }
}

/**
 * watchEvents opens the stream and yields each status event, resuming with Last-Event-ID when
 * the connection drops before a final status (the server sends only what was missed).
 * @param {{base: string, sign: (payload: string) => Promise<string>, fetch: typeof fetch, now: () => number}} c
 * @param {string} hash
 * @param {{signal?: AbortSignal, reconnects?: number}} [opts]
 */
export async function* watchEvents(c, hash, opts = {}) {
  if (!/^0x[0-9a-fA-F]{64}$/.test(hash)) throw new TypeError("bundleHash: want 32 bytes of 0x hex");
  let last = "";
  for (let tries = 0; tries <= (opts.reconnects ?? 3); tries++) {
    const path = `/v1/bundles/${hash}/events?signedAt=${Math.floor(c.now() / 1000)}`;
    const headers = { "X-Flashbots-Signature": await c.sign(path), Accept: "text/event-stream" };
    if (last) headers["Last-Event-ID"] = last;
    let res;
    try {
      res = await c.fetch(new URL(path, c.base), { headers, signal: opts.signal });
    } catch (err) {
      if (opts.signal?.aborted) return;
      throw err;
    }
    if (!res.ok || !res.body) throw await fromResponse(res, "events");
    try {
      for await (const ev of parseEvents(res.body)) {
        if (ev.event !== "status") continue;
        last = ev.id;
        const status = JSON.parse(ev.data);
        yield status;
        if (TERMINAL.includes(status.status)) return;
      }
    } catch (err) {
      if (opts.signal?.aborted) return;
      if (err instanceof SearcherError) throw err;
      // a dropped connection: reconnect below, from the last event seen
    }
    if (opts.signal?.aborted) return;
  }
  throw new SearcherError({ code: 0, reason: "stream_ended", method: "events",
    message: `the event stream of ${hash} ended before a final status` });
}
