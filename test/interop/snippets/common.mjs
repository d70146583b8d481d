// Test plumbing around the docs/searchers.md snippets (not quoted there): reads devnet.json,
// picks the snippet's own account, and once the snippet sent its bundle waits until it landed
// and checks on L1 that both signed calls ran in that block.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { ethers } from "ethers";

// Each snippet has its own plain (undelegated) user account, so they can run one after the other.
const accountIndex = { ethers: -2, viem: -3, sdk: -4 };

export function setup(name) {
  const [path] = process.argv.slice(2);
  if (!path) {
    console.error(`usage: node snippets/${name}-call.mjs <devnet.json>`);
    process.exit(2);
  }
  const net = JSON.parse(readFileSync(path, "utf8"));
  const users = net.accounts.filter((a) => a.role === "user");
  assert.ok(users.length >= 4, "devnet.json lists too few user accounts");
  return {
    net,
    privateKey: users.at(accountIndex[name]).privateKey,
    identityKey: ethers.id(`syncboost devnet ${name} snippet identity`),
    // The L1 slot two slots ahead of now: after the bundle arrives, before its slot-ending message.
    slotAhead: () => Math.floor((Date.now() / 1000 - net.genesisTime) / net.slotSeconds) + 2,
  };
}

// finish waits until based_getBundleStatus says landed, then checks the L1 block: the account's
// call nonce moved by two and SyncDemo emitted Released for it. Prints one JSON line.
export async function finish(net, call, { bundleHash, account, slot, identity }) {
  const deadline = Date.now() + 8 * net.slotSeconds * 1000;
  let status;
  for (;;) {
    status = await call("based_getBundleStatus", [bundleHash]);
    if (status.status === "landed") break;
    assert.ok(!["not_landed", "failed", "cancelled", "expired"].includes(status.status),
      `bundle ${bundleHash} for slot ${slot}: ${status.status} (${status.reason ?? "no reason"})`);
    assert.ok(Date.now() < deadline, `bundle ${bundleHash} for slot ${slot} still ${status.status}`);
    await sleep(100);
  }
  const l1 = new ethers.JsonRpcProvider(net.l1.rpc, net.l1.chainId, { staticNetwork: true });
  const l1Block = Number(status.l1BlockNumber);
  const acc = new ethers.Contract(account, ["function basedNonce() view returns (uint256)"], l1);
  const [before, after] = await Promise.all([l1Block - 1, l1Block].map((b) => acc.basedNonce({ blockTag: b })));
  assert.equal(after - before, 2n, `basedNonce moved from ${before} to ${after} in block ${l1Block}, want two calls`);
  const demo = new ethers.Contract(net.contracts.syncDemo,
    ["event Released(address indexed account, bytes32 indexed commitment, uint64 l2BlockNumber, bytes32 stateRoot)"], l1);
  const released = await demo.queryFilter(demo.filters.Released(account), l1Block, l1Block);
  assert.equal(released.length, 1, `${released.length} Released events for ${account} in block ${l1Block}`);
  console.log(JSON.stringify({
    signer: identity, bundleHash, l1Slot: slot, l1Block, account, commitment: released[0].args.commitment,
  }));
}
