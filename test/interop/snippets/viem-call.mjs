// The viem snippet of docs/searchers.md ("Signed calls"), run against a devnet:
//
//   node snippets/viem-call.mjs <path/to/devnet.json>
//
// The part between docs:begin and docs:end is quoted verbatim in the docs (a Go test checks).
import {
  createPublicClient, createWalletClient, defineChain, encodeAbiParameters, encodeFunctionData, http, keccak256,
  parseAbi, stringToHex, toHex,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { finish, setup } from "./common.mjs";

const { net, privateKey, identityKey, slotAhead } = setup("viem");
const chain = (c, name) => defineChain({ id: c.chainId, name, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [c.rpc] } } });
const l1Chain = chain(net.l1, "devnet L1");
const l2Chain = chain(net.l2, "devnet L2");
const searcherRpc = net.searcherRpc;
const { inbox, syncDemo, basedAccount } = net.contracts;

// docs:begin
const eoa = privateKeyToAccount(privateKey);            // the searcher's EOA
const identity = privateKeyToAccount(identityKey);      // signs X-Flashbots-Signature
const l1 = createPublicClient({ chain: l1Chain, transport: http() });
const wallet = createWalletClient({ account: eoa, chain: l1Chain, transport: http() });
const demoAbi = parseAbi(["function lock() payable", "function release()", "function releases() view returns (uint256)"]);
const accountAbi = parseAbi(["function basedNonce() view returns (uint256)"]);

// 1. Delegate the EOA to BasedAccount (EIP-7702); executor "self": the EOA sends it itself.
const authorization = await wallet.signAuthorization({ contractAddress: basedAccount, executor: "self" });
const hash = await wallet.sendTransaction({ authorizationList: [authorization], to: eoa.address });
await l1.waitForTransactionReceipt({ hash, pollingInterval: 250 });

// 2. Sign two BasedCalls (EIP-712) for one L1 slot: the account is its own verifying contract.
const slot = slotAhead();
const deadline = net.genesisTime + (slot + 1) * net.slotSeconds; // the end of the slot
const domain = { name: "syncboost account", version: "1", chainId: net.l1.chainId, verifyingContract: eoa.address };
const types = {
  BasedCall: [
    { name: "chainId", type: "uint256" }, { name: "inbox", type: "address" }, { name: "l1Slot", type: "uint64" },
    { name: "target", type: "address" }, { name: "value", type: "uint256" }, { name: "data", type: "bytes" },
    { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint64" },
  ],
};
const nonce = await l1.readContract({ address: eoa.address, abi: accountAbi, functionName: "basedNonce" });
async function signCall(target, data, value, nonce) {
  const message = { chainId: BigInt(net.l1.chainId), inbox, l1Slot: BigInt(slot), target, value, data, nonce,
    deadline: BigInt(deadline) };
  const signature = await wallet.signTypedData({ domain, types, primaryType: "BasedCall", message });
  return { account: eoa.address, target, value: toHex(value), data, nonce: toHex(nonce), deadline: toHex(deadline), signature };
}
const lock = await signCall(syncDemo, encodeFunctionData({ abi: demoAbi, functionName: "lock" }), 1_000_000_000n, nonce);
const release = await signCall(syncDemo, encodeFunctionData({ abi: demoAbi, functionName: "release" }), 0n, nonce + 1n);

// 3. An L2 transaction for the based block, from the same key (funded on L2).
const l2Wallet = createWalletClient({ account: eoa, chain: l2Chain, transport: http() });
const l2Tx = await l2Wallet.signTransaction(await l2Wallet.prepareTransactionRequest(
  { to: identity.address, value: 1_000_000_000n, gas: 21_000n }));

// 4. based_sendBundle: lock before the L2 block, release after it, one more release asserted.
const releases = await l1.readContract({ address: syncDemo, abi: demoAbi, functionName: "releases" });
const releasesData = encodeFunctionData({ abi: demoAbi, functionName: "releases" });
const bundle = {
  l2ChainId: toHex(net.l2.chainId), l1Slot: toHex(slot),
  preTxs: [], l2Txs: [l2Tx], postTxs: [], preCalls: [lock], postCalls: [release],
  assertions: [{ target: syncDemo, data: releasesData,
    expect: keccak256(encodeAbiParameters([{ type: "uint256" }], [releases + 1n])) }],
  signedAt: Math.floor(Date.now() / 1000),
};
async function call(method, params) {
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method, params });
  const signature = `${identity.address}:${await identity.signMessage({ message: keccak256(stringToHex(body)) })}`;
  const res = await fetch(searcherRpc, { method: "POST", body,
    headers: { "Content-Type": "application/json", "X-Flashbots-Signature": signature } });
  const { result, error } = await res.json();
  if (error) throw new Error(`${method}: ${error.message}`);
  return result;
}
const { bundleHash } = await call("based_sendBundle", [bundle]);
// docs:end

await finish(net, call, { bundleHash, account: eoa.address, slot, identity: identity.address });
