// Target rows and plain-text tables for bench/run.mjs.
const pct = (r) => `${(r * 100).toFixed(0)}%`;
const times = (r) => `${r.toFixed(2)}x`;

/** Each target (issues 5 and 9), with what was measured; absent sections give no row. */
export function targetRows(results, weightTargets) {
  const rows = [];
  const add = (name, ratio, goal, met, show) => rows.push({ name, ratio, measured: show(ratio), goal, met });
  const html = results.render?.html;
  if (html) {
    add('HTML render vs hand-written template', html.vsHandWritten, '>= 50%', html.vsHandWritten >= 0.5, pct);
    add('HTML render vs React renderToString', html.vsReact, '>= 10x', html.vsReact >= 10, times);
  }
  const errors = results.errors?.html;
  if (errors) add('500 logged (plain Error) vs 404 unlogged, HTML', errors.loggedVsNotFound, '>= 50%', errors.loggedVsNotFound >= 0.5, pct);
  if (results.http) {
    const h = results.http;
    add('node:http send vs precomputed buffer (404)', h.sendVsPrecomputed, '>= 80%', h.sendVsPrecomputed >= 0.8, pct);
    add('Express adapter vs Express precomputed (404)', h.expressVsPrecomputed, '>= 90%', h.expressVsPrecomputed >= 0.9, pct);
    add('node:http send of the logged 500 vs precomputed', h.send500VsPrecomputed, '>= 80%', h.send500VsPrecomputed >= 0.8, pct);
    add('Express + errata vs Express default (500)', h.expressVsDefault, '>= 95%', h.expressVsDefault >= 0.95, pct);
    add('Fastify + errata vs Fastify default (500 JSON)', h.fastifyVsDefault, '>= 90%', h.fastifyVsDefault >= 0.9, pct);
  }
  if (results.cold) add('cold start vs react-dom/server', results.cold.ratio, '<= 1.25x', results.cold.ratio <= 1.25, times);
  if (results.weight) {
    const w = results.weight;
    add('largest page HTML incl. CSS', w.maxHtmlBytes, `< ${weightTargets.htmlBytes} B`, w.maxHtmlBytes < weightTargets.htmlBytes, (b) => `${b} B`);
    add('largest page gzipped', w.maxGzipBytes, `< ${weightTargets.gzipBytes} B`, w.maxGzipBytes < weightTargets.gzipBytes, (b) => `${b} B`);
    add('external requests, all pages', w.totalExternalRequests, '0', w.totalExternalRequests === 0, String);
    add('JavaScript bytes, all pages', w.totalJsBytes, '0', w.totalJsBytes === 0, (b) => `${b} B`);
  }
  if (results.memory) {
    const m = results.memory;
    const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
    add(`heap growth over ${m.renders} renders`, m.heapGrowthBytes, `<= ${mb(m.bounds.heapGrowthBytes)}`, m.heapGrowthBytes <= m.bounds.heapGrowthBytes, mb);
    add(`RSS growth over ${m.renders} renders`, m.rssGrowthBytes, `<= ${mb(m.bounds.rssGrowthBytes)}`, m.rssGrowthBytes <= m.bounds.rssGrowthBytes, mb);
  }
  return rows;
}

export function formatTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
