// @syncboost/searcher: the searcher SDK for syncboost's searcher API (docs/searchers.md).
export { createClient, checkConfig } from "./src/client.js";
export { SearcherError, Codes } from "./src/errors.js";
export { signRequest, SIGNATURE_HEADER } from "./src/sign.js";
export {
  ACCOUNT_DOMAIN_NAME, BASED_CALL_TYPES, bundleHash, callBundleId, callDigest, callId, typedCall,
} from "./src/calls.js";
export { TERMINAL, parseEvents } from "./src/events.js";
