// Runs one Python program on a browser Python under Node.js, for the
// benchmark table: Pyodide (CPython compiled to wasm) or MicroPython's wasm
// port, both from npm. Prints the program's output on stdout and, on
// stderr, the time the program itself took (start-up excluded):
//
//   node run_peer.mjs pyodide|micropython FILE.py
//   ... program output ...
//   peer-seconds: 0.2213
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const [peer, file] = process.argv.slice(2);
if (!peer || !file) {
  console.error("usage: node run_peer.mjs pyodide|micropython FILE.py");
  process.exit(2);
}
const source = fs.readFileSync(file, "utf8");
const write = (text) => process.stdout.write(text);

async function loadPeer(name) {
  if (name === "pyodide") {
    const { loadPyodide } = await import(pathToFileURL(path.join(here, "node_modules/pyodide/pyodide.mjs")));
    const py = await loadPyodide();
    py.setStdout({ write: (bytes) => { process.stdout.write(bytes); return bytes.length; } });
    return (code) => py.runPython(code);
  }
  if (name === "micropython") {
    const url = pathToFileURL(path.join(here, "node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs"));
    const { loadMicroPython } = await import(url);
    const mp = await loadMicroPython({ heapsize: 256 * 1024 * 1024, stdout: write, linebuffer: false });
    return (code) => mp.runPython(code);
  }
  console.error(`run_peer.mjs: unknown peer '${name}' (pyodide or micropython)`);
  process.exit(2);
}

const run = await loadPeer(peer);
const start = process.hrtime.bigint();
try {
  run(source);
} catch (error) {
  console.error(String(error.message || error));
  process.exit(1);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.error(`peer-seconds: ${seconds.toFixed(4)}`);
