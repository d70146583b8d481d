// The TypeScript SDK snippet of docs/searchers.md ("SDKs"), run against a devnet:
//
//   node snippets/sdk-call.mjs <path/to/devnet.json>
//
// The part between docs:begin and docs:end is quoted verbatim in the docs (a Go test checks).
import { createPublicClient, createWalletClient, defineChain, encodeAbiParameters, encodeFunctionData, http, keccak256, parseAbi } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { createClient } from "@syncboost/searcher";
import { finish, setup } from "./common.mjs";

const { net, privateKey, identityKey, slotAhead } = setup("sdk");
const { inbox, syncDemo, basedAccount } = net.contracts;
const demoAbi = parseAbi(["function lock() payable", "function release()", "function releases() view returns (uint256)"]);
const l2Chain = defineChain({ id: net.l2.chainId, name: "devnet L2", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [net.l2.rpc] } } });
const l2 = createWalletClient({ account: privateKeyToAccount(privateKey), chain: l2Chain, transport: http() });
// An L2 transfer for the based block; its priority fee pays the sidecar for the slot's L1 gas.
const l2Tx = await l2.signTransaction(await l2.prepareTransactionRequest({ to: l2.account.address, value: 1n, gas: 21_000n,
  maxPriorityFeePerGas: 100_000_000_000n, maxFeePerGas: 200_000_000_000n }));
const data = (functionName) => encodeFunctionData({ abi: demoAbi, functionName });
const l1 = createPublicClient({ transport: http(net.l1.rpc) });
const releases = await l1.readContract({ address: syncDemo, abi: demoAbi, functionName: "releases" }); // asserted + 1

// docs:begin
const client = createClient({ url: net.searcherRpc, identity: identityKey, l1ChainId: net.l1.chainId,
  l2ChainId: net.l2.chainId, inbox, submitter: net.sidecarAddress, l1Rpc: net.l1.rpc });
const eoa = privateKeyToAccount(privateKey);
await client.delegate(eoa, basedAccount);                  // EIP-7702: once per account
const slot = slotAhead(), deadline = net.genesisTime + (slot + 1) * net.slotSeconds;
const nonce = await client.basedNonce(eoa.address);
const call = (fn, value, nonce) => ({ account: eoa.address, target: syncDemo, data: data(fn), value, nonce, deadline });
const bundle = await client.signCalls({ l1Slot: slot, l2Txs: [l2Tx],  // EIP-712, bound to this bundle's id
  preCalls: [call("lock", 1_000_000_000n, nonce)], postCalls: [call("release", 0n, nonce + 1n)],
  assertions: [{ target: syncDemo, data: data("releases"),
    expect: keccak256(encodeAbiParameters([{ type: "uint256" }], [releases + 1n])) }] }, eoa);
const { bundleHash } = await client.sendBundle(bundle);
const final = await client.waitFor(bundleHash);            // over the status event stream
// docs:end

if (final.status !== "landed") throw new Error(`bundle ${bundleHash}: ${final.status} (${final.reason ?? "no reason"})`);
const rpc = (method, params) => method === "based_getBundleStatus" ? client.bundleStatus(params[0]) : Promise.reject(new Error(method));
await finish(net, rpc, { bundleHash, account: eoa.address, slot, identity: client.identity });
