// Node runner for kernels.wasm (kernels.sh): node run.mjs kernels.wasm WARM TIMED.
// Same calls as the other runners; prints "name median_ms checksum" per kernel.
import fs from 'node:fs';

const [file, warm = '5', timed = '7'] = process.argv.slice(2);
const module = await WebAssembly.compile(fs.readFileSync(file));
if (WebAssembly.Module.imports(module).length) {
  throw new Error('kernels.wasm should import nothing: ' + JSON.stringify(WebAssembly.Module.imports(module)));
}
const { exports } = await WebAssembly.instantiate(module, {});
const kernels = [['k_scan', 2], ['k_interp', 10], ['k_hash', 4], ['k_indirect', 400], ['k_tree', 3]];
for (const [name, arg] of kernels) {
  const ms = [];
  let result;
  for (let i = 0; i < +warm + +timed; i++) {
    const start = process.hrtime.bigint();
    result = exports[name](arg);
    if (i >= +warm) ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  console.log(name, ms[Math.floor(ms.length / 2)].toFixed(2), String(result));
}
