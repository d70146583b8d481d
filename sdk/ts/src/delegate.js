// EIP-7702 delegation of a searcher's EOA to BasedAccount, the account code that checks and
// runs signed calls. The EOA sends its own type-4 transaction, so its authorisation must carry
// the nonce after the transaction's: viem's executor "self" does exactly that.
import { createWalletClient, http } from "viem";
import { waitForTransactionReceipt } from "viem/actions";
import { SearcherError } from "./errors.js";

/**
 * delegate signs the authorisation, sends the type-4 transaction to the EOA itself and waits
 * for its receipt.
 * @param {{l1Rpc?: string, l1ChainId: number}} cfg
 * @param {import("viem").WalletClient | import("viem").LocalAccount} who a wallet client with a
 *   local account, or a local account (then cfg.l1Rpc is used)
 * @param {`0x${string}`} accountCode the BasedAccount address
 * @param {{pollingInterval?: number}} [opts]
 */
export async function delegate(cfg, who, accountCode, opts = {}) {
  if (typeof accountCode !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(accountCode)) {
    throw new TypeError("accountCode: want the 20-byte address of the BasedAccount code");
  }
  const wallet = "request" in who ? who : walletFor(cfg, who);
  const account = wallet.account;
  if (!account) throw new TypeError("account: the wallet client has no account");
  const authorization = await wallet.signAuthorization({ account, contractAddress: accountCode, executor: "self",
    chainId: cfg.l1ChainId });
  const hash = await wallet.sendTransaction({ account, chain: wallet.chain ?? null, authorizationList: [authorization],
    to: account.address });
  const receipt = await waitForTransactionReceipt(wallet, { hash, pollingInterval: opts.pollingInterval ?? 250 });
  if (receipt.status !== "success") {
    throw new SearcherError({ code: 0, reason: "delegation_reverted", field: "account",
      message: `delegation transaction ${hash} reverted` });
  }
  return { hash, blockNumber: receipt.blockNumber };
}

/**
 * @param {{l1Rpc?: string, l1ChainId: number}} cfg
 * @param {import("viem").LocalAccount} account
 */
function walletFor(cfg, account) {
  if (!cfg.l1Rpc) throw new TypeError("l1Rpc: required to delegate a bare account (or pass a wallet client)");
  const chain = { id: cfg.l1ChainId, name: `L1 ${cfg.l1ChainId}`, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [cfg.l1Rpc] } } };
  return createWalletClient({ account, chain, transport: http(cfg.l1Rpc) });
}
