// Compiles contracts/src with the pinned solc (standard JSON, fixed settings) and writes
// <outdir>/<Contract>.abi and <outdir>/<Contract>.bin for the contracts listed in EXPORTS.
// Any compiler warning or error fails the build.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const PINNED = '0.8.37';
const EXPORTS = {
  'src/BasedInbox.sol': ['BasedInbox'],
  'src/AttestationVerifier.sol': ['AttestationVerifier'],
  'src/IStateVerifier.sol': ['IStateVerifier'],
  'src/IBasedInbox.sol': ['IBasedInbox'],
  'src/BasedAccount.sol': ['BasedAccount'],
  'src/demo/SyncDemo.sol': ['SyncDemo'],
  'src/BLSCommittee.sol': ['BLSCommittee'],
};

function listSources(dir) {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out.push(...listSources(p));
    else if (name.endsWith('.sol')) out.push(p);
  }
  return out;
}

function main() {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node compile.js <outdir>');
  const version = solc.version();
  if (!version.startsWith(PINNED + '+')) throw new Error(`solc ${version}, want ${PINNED}`);

  const sources = {};
  for (const file of listSources('src')) {
    sources[file.split(path.sep).join('/')] = { content: fs.readFileSync(file, 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: 'osaka',
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const problems = (output.errors || []).filter((e) => e.severity !== 'info');
  if (problems.length > 0) {
    for (const e of problems) console.error(e.formattedMessage);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const [file, names] of Object.entries(EXPORTS)) {
    for (const name of names) {
      const c = output.contracts[file] && output.contracts[file][name];
      if (!c) throw new Error(`${file}:${name} missing from compiler output`);
      fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
      const bin = c.evm.bytecode.object;
      if (bin.length > 0) fs.writeFileSync(path.join(outDir, `${name}.bin`), bin);
    }
  }
}

main();
