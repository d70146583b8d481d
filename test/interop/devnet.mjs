// Drives a running `syncboost-devnet` from its devnet.json: signs a raw L1 pre-transaction (a
// leg that needs no L2 state) and an L2 transfer with ethers, sends them as one composable
// bundle with the searcher SDK (@syncboost/searcher, sdk/ts: the X-Flashbots-Signature header,
// signedAt) and follows the bundle's status events until it lands. The signed-call path
// (EIP-7702, EIP-712) is in snippets/.
//
//   node devnet.mjs <path/to/devnet.json>
//
// Prints one JSON line (signer, bundleHash, l1Slot, l1Block, l2Block, l1Txs, l2Tx) on success;
// exits non-zero with the reason otherwise.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { ethers } from "ethers";
import { createClient } from "@syncboost/searcher";

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
// The SDK client: its identity signs the requests (X-Flashbots-Signature).
const client = createClient({ url: net.searcherRpc, identity: ethers.id("syncboost devnet interop identity"),
  l1ChainId: net.l1.chainId, l2ChainId: net.l2.chainId, inbox: net.contracts.inbox, submitter: net.sidecarAddress });
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
const [l2tx] = await sign(l2, net.l2.chainId, [{ to: client.identity, value: 1_000_000_000n, gas: 21_000n }], 100_000_000_000n);
const bundle = {
  l1Slot: target, preTxs: [pre], l2Txs: [l2tx],
  // The L1 pre-action ran exactly once by the time the atomic transaction asserts.
  assertions: [{
    target: demoAddr, data: demo.encodeFunctionData("preActions"),
    expect: ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint256"], [count + 1n])),
  }],
};

// sendBundle stamps signedAt inside the signed body: the sidecar refuses a request signed
// outside its replay window.
const { bundleHash } = await client.sendBundle(bundle);

// The event stream ends after a final status; the deadline ends a wait that would not.
const status = await client.waitFor(bundleHash, { signal: AbortSignal.timeout(8 * slotMs) });
assert.equal(status.status, "landed", `bundle ${bundleHash} for slot ${target}: ${status.status} (${status.reason ?? "no reason"})`);
const deadline = Date.now() + 8 * slotMs;

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
  signer: client.identity, bundleHash, l1Slot: target, l1Block, l2Block: l2Rc.blockNumber,
  l1Txs: [preRc.hash], l2Tx: l2Hash,
}));
