// `node --import ./count-modules.mjs <script>`: prints, after the script, how many modules the
// process loaded from files (ES modules through a load hook, CommonJS through require's cache).
// Run apart from the timed runs: the hook itself costs time.
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const esm = new Set();
port1.on('message', (url) => esm.add(url));
port1.unref();
register('./count-hooks.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });

process.on('beforeExit', () => {
  const cjs = Object.keys(createRequire(import.meta.url).cache).map((file) => new URL(`file://${file}`).href);
  const files = new Set([...esm, ...cjs].filter((url) => url.startsWith('file:') && !url.includes('/bench/cold/')));
  process.stderr.write(`MODULES ${files.size} ${[...files].filter((u) => u.includes('/culori/')).length}\n`);
});
