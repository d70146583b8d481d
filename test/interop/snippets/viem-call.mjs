// The viem snippet of docs/searchers.md ("Signed calls"), run against a devnet:
//
//   node snippets/viem-call.mjs <path/to/devnet.json>
//
// The part between docs:begin and docs:end is quoted verbatim in the docs (a Go test checks).
import {
  concat, createPublicClient, createWalletClient, defineChain, encodeAbiParameters, encodeFunctionData, http, keccak256,
  parseAbi, parseAbiParameters, stringToHex, toHex,
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
const sidecar = net.sidecarAddress; // the sidecar's L1 address: the only submitter your calls allow

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

// 2. Two calls for one L1 slot, and the assertion that must hold after them.
const slot = slotAhead();
const deadline = net.genesisTime + (slot + 1) * net.slotSeconds; // the end of the slot
const nonce = await l1.readContract({ address: eoa.address, abi: accountAbi, functionName: "basedNonce" });
const demoCall = (functionName, value, nonce) => ({ account: eoa.address, target: syncDemo, value, nonce,
  data: encodeFunctionData({ abi: demoAbi, functionName }) });
const preCalls = [demoCall("lock", 1_000_000_000n, nonce)];
const postCalls = [demoCall("release", 0n, nonce + 1n)];
const releases = await l1.readContract({ address: syncDemo, abi: demoAbi, functionName: "releases" });
const assertions = [{ target: syncDemo, data: encodeFunctionData({ abi: demoAbi, functionName: "releases" }),
  expect: keccak256(encodeAbiParameters([{ type: "uint256" }], [releases + 1n])) }];

// 3. Every call signs its bundle's id (the inbox's callBundleId), so none runs without the rest,
//    and names the sidecar as its submitter, so no one else (a builder) can run it.
const hashAll = (items, encode) => keccak256(concat(items.map((x) => keccak256(encode(x)))));
const callsHash = (calls) => hashAll(calls, (c) => encodeAbiParameters(
  parseAbiParameters("address, uint256, address, address, uint64, address, uint256, bytes32, uint256, uint64"),
  [c.account, BigInt(net.l1.chainId), inbox, sidecar, BigInt(slot), c.target, c.value, keccak256(c.data), c.nonce,
    BigInt(deadline)]));
const assertionsHash = hashAll(assertions, (a) => encodeAbiParameters(parseAbiParameters("address, bytes32, bytes32"),
  [a.target, keccak256(a.data), a.expect]));
const bundleId = keccak256(encodeAbiParameters(parseAbiParameters("bytes32, bytes32, bytes32"),
  [callsHash(preCalls), callsHash(postCalls), assertionsHash]));

// 4. Sign each call (EIP-712): the account is its own verifying contract.
const domain = { name: "syncboost account", version: "1", chainId: net.l1.chainId, verifyingContract: eoa.address };
const types = {
  BasedCall: [
    { name: "chainId", type: "uint256" }, { name: "inbox", type: "address" }, { name: "submitter", type: "address" },
    { name: "l1Slot", type: "uint64" }, { name: "target", type: "address" }, { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint64" }, { name: "bundleId", type: "bytes32" },
  ],
};
async function signed(c) {
  const message = { chainId: BigInt(net.l1.chainId), inbox, submitter: sidecar, l1Slot: BigInt(slot), target: c.target, value: c.value,
    data: c.data, nonce: c.nonce, deadline: BigInt(deadline), bundleId };
  const signature = await wallet.signTypedData({ domain, types, primaryType: "BasedCall", message });
  return { account: c.account, target: c.target, value: toHex(c.value), data: c.data, nonce: toHex(c.nonce),
    deadline: toHex(deadline), signature };
}

// 5. An L2 transaction for the based block, from the same key (funded on L2). Its priority fee
//    goes to the sidecar (the based block's fee recipient) and pays for the slot's L1 gas.
const l2Wallet = createWalletClient({ account: eoa, chain: l2Chain, transport: http() });
const l2Tx = await l2Wallet.signTransaction(await l2Wallet.prepareTransactionRequest(
  { to: identity.address, value: 1_000_000_000n, gas: 21_000n,
    maxPriorityFeePerGas: 100_000_000_000n, maxFeePerGas: 200_000_000_000n }));

// 6. based_sendBundle: lock before the L2 block, release after it, one more release asserted.
const bundle = {
  l2ChainId: toHex(net.l2.chainId), l1Slot: toHex(slot),
  preTxs: [], l2Txs: [l2Tx], postTxs: [],
  preCalls: await Promise.all(preCalls.map(signed)), postCalls: await Promise.all(postCalls.map(signed)),
  assertions, signedAt: Math.floor(Date.now() / 1000),
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
