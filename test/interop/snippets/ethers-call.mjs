// The ethers v6 snippet of docs/searchers.md ("Signed calls"), run against a devnet:
//
//   node snippets/ethers-call.mjs <path/to/devnet.json>
//
// The part between docs:begin and docs:end is quoted verbatim in the docs (a Go test checks).
import { ethers } from "ethers";
import { finish, setup } from "./common.mjs";

const { net, privateKey, identityKey, slotAhead } = setup("ethers");
const l1 = new ethers.JsonRpcProvider(net.l1.rpc, net.l1.chainId, { staticNetwork: true, pollingInterval: 250 });
const l2 = new ethers.JsonRpcProvider(net.l2.rpc, net.l2.chainId, { staticNetwork: true });
const searcherRpc = net.searcherRpc;
const { inbox, syncDemo, basedAccount } = net.contracts;
const sidecar = net.sidecarAddress; // the sidecar's L1 address: the only submitter your calls allow

// docs:begin
const wallet = new ethers.Wallet(privateKey, l1);      // the searcher's EOA, on L1
const identity = new ethers.Wallet(identityKey);       // signs X-Flashbots-Signature
const demo = new ethers.Interface(["function lock() payable", "function release()",
  "function releases() view returns (uint256)"]);

// 1. Delegate the EOA to BasedAccount (EIP-7702). The EOA sends the type-4 transaction
//    itself, so its authorisation carries the nonce after the transaction's own.
const txNonce = await wallet.getNonce();
const auth = await wallet.authorize({ address: basedAccount, nonce: txNonce + 1, chainId: net.l1.chainId });
await (await wallet.sendTransaction({ type: 4, to: wallet.address, authorizationList: [auth] })).wait();

// 2. Two calls for one L1 slot, and the assertion that must hold after them.
const slot = slotAhead();
const deadline = net.genesisTime + (slot + 1) * net.slotSeconds; // the end of the slot
const account = new ethers.Contract(wallet.address, ["function basedNonce() view returns (uint256)"], l1);
const nonce = await account.basedNonce();
const demoCall = (data, value, nonce) => ({ account: wallet.address, target: syncDemo, value, data, nonce });
const preCalls = [demoCall(demo.encodeFunctionData("lock"), 1_000_000_000n, nonce)];
const postCalls = [demoCall(demo.encodeFunctionData("release"), 0n, nonce + 1n)];
const releases = BigInt(await l1.call({ to: syncDemo, data: demo.encodeFunctionData("releases") }));
const coder = ethers.AbiCoder.defaultAbiCoder();
const assertions = [{ target: syncDemo, data: demo.encodeFunctionData("releases"),
  expect: ethers.keccak256(coder.encode(["uint256"], [releases + 1n])) }];

// 3. Every call signs its bundle's id (the inbox's callBundleId), so none runs without the rest,
//    and names the sidecar as its submitter, so no one else (a builder) can run it.
const hashAll = (items, encode) => ethers.keccak256(ethers.concat(items.map((x) => ethers.keccak256(encode(x)))));
const callsHash = (calls) => hashAll(calls, (c) => coder.encode(
  ["address", "uint256", "address", "address", "uint64", "address", "uint256", "bytes32", "uint256", "uint64"],
  [c.account, net.l1.chainId, inbox, sidecar, slot, c.target, c.value, ethers.keccak256(c.data), c.nonce, deadline]));
const assertionsHash = hashAll(assertions, (a) => coder.encode(["address", "bytes32", "bytes32"],
  [a.target, ethers.keccak256(a.data), a.expect]));
const bundleId = ethers.keccak256(coder.encode(["bytes32", "bytes32", "bytes32"],
  [callsHash(preCalls), callsHash(postCalls), assertionsHash]));

// 4. Sign each call (EIP-712): the account is its own verifying contract.
const domain = { name: "syncboost account", version: "1", chainId: net.l1.chainId, verifyingContract: wallet.address };
const types = {
  BasedCall: [
    { name: "chainId", type: "uint256" }, { name: "inbox", type: "address" }, { name: "submitter", type: "address" },
    { name: "l1Slot", type: "uint64" }, { name: "target", type: "address" }, { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint64" }, { name: "bundleId", type: "bytes32" },
  ],
};
async function signed(c) {
  const message = { chainId: net.l1.chainId, inbox, submitter: sidecar, l1Slot: slot, target: c.target, value: c.value, data: c.data,
    nonce: c.nonce, deadline, bundleId };
  return { account: c.account, target: c.target, value: ethers.toQuantity(c.value), data: c.data,
    nonce: ethers.toQuantity(c.nonce), deadline: ethers.toQuantity(deadline),
    signature: await wallet.signTypedData(domain, types, message) };
}

// 5. An L2 transaction for the based block, from the same key (funded on L2). Its priority fee
//    goes to the sidecar (the based block's fee recipient) and pays for the slot's L1 gas.
const l2Wallet = new ethers.Wallet(privateKey, l2);
const l2Tx = await l2Wallet.signTransaction(await l2Wallet.populateTransaction(
  { to: identity.address, value: 1_000_000_000n, gasLimit: 21_000n,
    maxPriorityFeePerGas: 100_000_000_000n, maxFeePerGas: 200_000_000_000n }));

// 6. based_sendBundle: lock before the L2 block, release after it, one more release asserted.
const bundle = {
  l2ChainId: ethers.toQuantity(net.l2.chainId), l1Slot: ethers.toQuantity(slot),
  preTxs: [], l2Txs: [l2Tx], postTxs: [],
  preCalls: await Promise.all(preCalls.map(signed)), postCalls: await Promise.all(postCalls.map(signed)),
  assertions, signedAt: Math.floor(Date.now() / 1000),
};
async function call(method, params) {
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method, params });
  const signature = `${identity.address}:${await identity.signMessage(ethers.id(body))}`;
  const res = await fetch(searcherRpc, { method: "POST", body,
    headers: { "Content-Type": "application/json", "X-Flashbots-Signature": signature } });
  const { result, error } = await res.json();
  if (error) throw new Error(`${method}: ${error.message}`);
  return result;
}
const { bundleHash } = await call("based_sendBundle", [bundle]);
// docs:end

await finish(net, call, { bundleHash, account: wallet.address, slot, identity: identity.address });
