// Drives a running `syncboost-devnet` from its devnet.json with ethers alone: signs a raw L1
// pre-transaction (a leg that needs no L2 state) and an L2 transfer, sends them as one
// composable bundle with the X-Flashbots-Signature header the way Flashbots' client signs it,
// and waits until based_getBundleStatus says the bundle landed. The signed-call path (EIP-7702,
// EIP-712) is in snippets/.
//
//   node devnet.mjs <path/to/devnet.json>
//
// Prints one JSON line (signer, bundleHash, l1Slot, l1Block, l2Block, l1Txs, l2Tx) on success;
// exits non-zero with the reason otherwise.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { ethers } from "ethers";

const [path] = process.argv.slice(2);
if (!path) {
  console.error("usage: node devnet.mjs <devnet.json>");
  process.exit(2);
}
const net = JSON.parse(readFileSync(path, "utf8"));
const slotMs = net.slotSeconds * 1000;
const provider = (chain) => new ethers.JsonRpcProvider(chain.rpc, chain.chainId, { staticNetwork: true });
const l1 = provider(net.l1);
const l2 = provider(net.l2);

// The last funded user account signs the transactions; the identity holds nothing.
const users = net.accounts.filter((a) => a.role === "user");
assert.ok(users.length > 0, "devnet.json lists no user account");
const user = new ethers.Wallet(users.at(-1).privateKey);
const identity = new ethers.Wallet(ethers.id("syncboost devnet interop identity"));
const demo = new ethers.Interface([
  "function preAction()",
  "function preActions() view returns (uint256)",
]);
const demoAddr = net.contracts.syncDemo;

// Two slots ahead: after the bundle arrives, before the slot-ending message for its slot.
const slotNow = Math.floor((Date.now() / 1000 - net.genesisTime) / net.slotSeconds);
const target = slotNow + 2;

// The L2 priority fee goes to the sidecar (the based block's fee recipient): it pays the slot's L1 gas.
async function sign(p, chainId, txs, tip = 2_000_000_000n) {
  const head = await p.getBlock("latest");
  let nonce = await p.getTransactionCount(user.address, "pending");
  const out = [];
  for (const t of txs) {
    out.push(await user.signTransaction({
      type: 2, chainId, nonce: nonce++, to: t.to, data: t.data ?? "0x", value: t.value ?? 0n, gasLimit: t.gas,
      maxPriorityFeePerGas: tip, maxFeePerGas: head.baseFeePerGas * 2n + tip,
    }));
  }
  return out;
}

const count = demo.decodeFunctionResult("preActions", await l1.call({ to: demoAddr, data: demo.encodeFunctionData("preActions") }))[0];
const [pre] = await sign(l1, net.l1.chainId, [
  { to: demoAddr, data: demo.encodeFunctionData("preAction"), gas: 120_000n },
]);
const [l2tx] = await sign(l2, net.l2.chainId, [{ to: identity.address, value: 1_000_000_000n, gas: 21_000n }], 100_000_000_000n);
const bundle = {
  l2ChainId: ethers.toQuantity(net.l2.chainId), l1Slot: ethers.toQuantity(target),
  preTxs: [pre], l2Txs: [l2tx], postTxs: [],
  // The L1 pre-action ran exactly once by the time the atomic transaction asserts.
  assertions: [{
    target: demoAddr, data: demo.encodeFunctionData("preActions"),
    expect: ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint256"], [count + 1n])),
  }],
};

async function call(method, params) {
  if (method === "based_sendBundle") {
    // Inside the signed body: the sidecar refuses a request signed outside its replay window.
    params = [{ ...params[0], signedAt: Math.floor(Date.now() / 1000) }];
  }
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method, params });
  const header = `${identity.address}:${await identity.signMessage(ethers.id(body))}`;
  const res = await fetch(net.searcherRpc, {
    method: "POST", headers: { "Content-Type": "application/json", "X-Flashbots-Signature": header }, body,
  });
  const json = await res.json();
  assert.equal(json.error, undefined, `${method}: HTTP ${res.status} ${JSON.stringify(json.error)}`);
  return json.result;
}

const { bundleHash } = await call("based_sendBundle", [bundle]);

// Poll until the bundle's slot is settled; a status that cannot become landed ends the wait.
const deadline = Date.now() + 8 * slotMs;
let status;
for (;;) {
  status = await call("based_getBundleStatus", [bundleHash]);
  if (status.status === "landed") break;
  assert.ok(!["not_landed", "failed", "cancelled", "expired"].includes(status.status),
    `bundle ${bundleHash} for slot ${target}: ${status.status} (${status.reason ?? "no reason"})`);
  assert.ok(Date.now() < deadline, `bundle ${bundleHash} for slot ${target} still ${status.status}`);
  await sleep(100);
}

// On L1, the pre-action is in the block the sidecar named.
const l1Block = Number(status.l1BlockNumber);
const preRc = await l1.getTransactionReceipt(ethers.keccak256(pre));
assert.ok(preRc, "the landed bundle's L1 transaction has no receipt");
assert.equal(preRc.status, 1, `L1 transaction ${preRc.hash} reverted`);
assert.equal(preRc.blockNumber, l1Block, `L1 transaction ${preRc.hash} is in block ${preRc.blockNumber}, not ${l1Block}`);
const l2Hash = ethers.keccak256(l2tx);
let l2Rc = await l2.getTransactionReceipt(l2Hash);
while (!l2Rc) { // the sequencer derives the based block once it sees the L1 block
  assert.ok(Date.now() < deadline, `L2 transaction ${l2Hash} not on L2`);
  await sleep(100);
  l2Rc = await l2.getTransactionReceipt(l2Hash);
}
assert.equal(l2Rc.status, 1, `L2 transaction ${l2Hash} failed`);

console.log(JSON.stringify({
  signer: identity.address, bundleHash, l1Slot: target, l1Block, l2Block: l2Rc.blockNumber,
  l1Txs: [preRc.hash], l2Tx: l2Hash,
}));
