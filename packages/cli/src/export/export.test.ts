// Runs the BUILT bin (`npm test` builds first), as a user's shell would. The proxies themselves
// serve these files in test/proxies/; here: what is written, what is refused, and why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { builtinCatalog } from '@errata/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'errata-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errata(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function walk(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(root, p)).isFile())
    .map((p) => relative(root, join(root, p)).split('\\').join('/'))
    .sort();
}

interface ManifestFile {
  path: string;
  kind: string;
  status?: number;
  code?: string;
  locale?: string;
  format?: string;
  bytes: number;
  sentBytes?: number;
}
interface Manifest {
  root: string;
  locales: string[];
  statuses: { status: number; code: string; note?: string }[];
  skipped: { code: string; missing: string[] }[];
  files: ManifestFile[];
}

describe('errata export', () => {
  const out = join(dir, 'full');
  let run: ReturnType<typeof errata>;
  let manifest: Manifest;

  // Exporting (and starting a proxy) takes seconds on a busy machine: more than the 10 s hook default.
  beforeAll(() => {
    run = errata('export', '--out', out, '--service-name', 'Acme Shop', '--link', 'home=/', '--link', 'support=https://help.example.com');
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  }, 60_000);

  it('writes every file the manifest lists, at the size it says, and nothing else', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(walk(out)).toEqual([...manifest.files.map((f) => f.path), 'manifest.json', 'sizes.txt'].sort());
    for (const file of manifest.files) expect(statSync(join(out, file.path)).size, file.path).toBe(file.bytes);
    expect(manifest.root).toBe(out);
  });

  it('has a page for every status of the catalog in every locale and format, each one reading without values', () => {
    const statuses = [...new Set(builtinCatalog.entries.filter((e) => e.kind === 'error').map((e) => e.status))];
    expect(manifest.statuses.map((s) => s.status)).toEqual(expect.arrayContaining(statuses));
    expect([...manifest.locales].sort()).toEqual([...builtinCatalog.locales].sort());
    for (const { status } of manifest.statuses) {
      for (const locale of manifest.locales) {
        for (const ext of ['html', 'json', 'txt']) {
          const text = readFileSync(join(out, `pages/${locale}/${status}.${ext}`), 'utf8');
          if (ext === 'txt') expect(text, `${locale}/${status}`).not.toMatch(/\[[A-Za-z]+\]/);
          if (ext === 'json') expect(JSON.parse(text)).toMatchObject({ status });
          // Status pages have no reference of their own.
          expect(text).not.toContain('ERRATA_REQUEST_ID');
        }
      }
    }
    // A proxy's 503 says the service is unavailable (with no time, its copy written for that),
    // never that it is closed for planned work; 429 says to wait a short while.
    expect(manifest.statuses.find((s) => s.status === 503)).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(manifest.statuses.find((s) => s.status === 429)).toEqual({ status: 429, code: 'RATE_LIMITED' });
    const page503 = readFileSync(join(out, 'pages/en/503.txt'), 'utf8');
    expect(page503).toMatch(/^Sorry, the service is unavailable\n/);
    expect(page503).toContain('We are working to bring it back.');
    expect(page503).not.toMatch(/closed|planned work/);
    expect(readFileSync(join(out, 'pages/en/429.txt'), 'utf8')).toContain('Wait a short while, then try again.');
    // 413's own entry prints its size: the page shows the generic copy, and says so.
    expect(manifest.statuses.find((s) => s.status === 413)).toMatchObject({
      code: 'BAD_REQUEST',
      note: expect.stringContaining('--code-for 413=PAYLOAD_TOO_LARGE'),
    });
    expect(run.stdout).toContain('413 shows BAD_REQUEST');
  });

  it('writes a page per code whose copy reads without values, and names the ones it skipped', () => {
    const codes = builtinCatalog.entries.filter((e) => e.kind === 'error').map((e) => e.code);
    const skipped = manifest.skipped.map((s) => s.code);
    expect(skipped).toEqual(['PAYLOAD_TOO_LARGE']);
    for (const code of codes.filter((c) => !skipped.includes(c))) {
      expect(existsSync(join(out, `codes/en/${code.toLowerCase().replaceAll('_', '-')}.html`)), code).toBe(true);
    }
    expect(run.stdout).toContain('No code page for: PAYLOAD_TOO_LARGE (needs maxSize)');
  });

  it("marks where each proxy puts its request id, in each proxy's syntax", () => {
    const nginx = readFileSync(join(out, 'nginx/de/502.json'), 'utf8');
    expect(JSON.parse(nginx)).toMatchObject({ traceId: 'ERRATA_REQUEST_ID', instance: 'urn:trace:ERRATA_REQUEST_ID' });
    expect(readFileSync(join(out, 'caddy/de/502.html'), 'utf8')).toContain('[[errata: placeholder "http.request.uuid"]]');
    const lf = readFileSync(join(out, 'haproxy/ar/500.html.lf'), 'utf8');
    expect(lf).toContain('%[unique-id]');
    // Every other % is doubled: nothing else is a log-format sequence.
    expect(lf.replaceAll('%%', '').replaceAll('%[unique-id]', '')).not.toContain('%');
    const errorfile = readFileSync(join(out, 'haproxy/errorfiles/503.http'), 'utf8');
    expect(errorfile).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\nContent-Type: text\/html; charset=utf-8\r\n/);
    const [head = '', body = ''] = errorfile.split('\r\n\r\n');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(head).not.toMatch(/X-Request-Id/i);
  });

  it('reports every page against each proxy’s limit', () => {
    const report = readFileSync(join(out, 'sizes.txt'), 'utf8');
    for (const { status } of manifest.statuses) {
      for (const locale of manifest.locales) {
        for (const format of ['html', 'json', 'text']) expect(report).toMatch(new RegExp(`^${locale}/${status}\\.${format} .* ok$`, 'm'));
      }
    }
    for (const file of manifest.files.filter((f) => f.kind === 'haproxy-errorfile')) expect(report).toMatch(new RegExp(`^${file.path} .* ok$`, 'm'));
    expect(report).toMatch(/^ {2}haproxy +[\d,]+ bytes {2}haproxy\/.* \(limit 15,360\)$/m);
    const haproxy = manifest.files.filter((f) => f.kind === 'haproxy-body' || f.kind === 'haproxy-errorfile');
    for (const file of haproxy) expect(file.sentBytes ?? file.bytes, file.path).toBeLessThanOrEqual(15_360);
  });

  it('prints how to wire each proxy in', () => {
    for (const file of [
      'config/nginx/http.conf',
      'config/haproxy/backend.cfg',
      'config/caddy/Caddyfile',
      'config/apache/errata.conf',
      'config/traefik/errata.yml',
    ]) {
      expect(run.stdout).toContain(file);
      expect(readFileSync(join(out, file), 'utf8')).toContain(`errata (written by \`errata export\`)`);
    }
    const apache = readFileSync(join(out, 'pages/503.var'), 'utf8');
    expect(apache).toContain('URI: de/503.json\nContent-Type: application/problem+json; qs=0.8\nContent-Language: de');
    expect(readFileSync(join(out, 'config/traefik/errata.yml'), 'utf8')).toContain('- "502-504"');
  });
});

describe('errata export refuses', () => {
  it('a page over the HAProxy limit, naming the file, and writes nothing', () => {
    const out = join(dir, 'over');
    const run = errata('export', '--out', out, '--locales', 'en', '--haproxy-limit', '12000');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^errata export: nothing written\.$/m);
    expect(run.stderr).toMatch(/haproxy\/(en\/\d{3}\.html\.lf|errorfiles\/\d{3}\.http) is [\d,]+ bytes as HAProxy sends it, over its limit of 12,000/);
    expect(existsSync(out)).toBe(false);
  });

  it("a brand whose logo makes the pages too big for HAProxy's default", () => {
    const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><!--${'x'.repeat(4000)}--><rect width="32" height="32"/></svg>`;
    const brand = join(dir, 'heavy-brand.json');
    writeFileSync(
      brand,
      JSON.stringify({
        name: 'Heavy Logo Ltd',
        colors: {
          brand: '#0f5c4d',
          textOnBrand: '#ffffff',
          link: '#0a5263',
          linkVisited: '#5a2a82',
          focusRing: '#0f5c4d',
          surface: '#f1f6f4',
          border: '#66736f',
        },
        logo: { src: `data:image/svg+xml,${encodeURIComponent(logo)}`, alt: 'Heavy Logo', width: 32, height: 32 },
      }),
    );
    const run = errata('export', '--out', join(dir, 'heavy'), '--locales', 'en', '--brand', brand);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/haproxy\/errorfiles\/503\.http is [\d,]+ bytes as HAProxy sends it, over its limit of 15,360/);
    expect(run.stderr).toContain('a smaller brand logo');
  });

  it('a brand that fails the contrast checks, with its problems', () => {
    const brand = join(dir, 'pale-brand.json');
    writeFileSync(brand, JSON.stringify({ name: 'Pale', colors: { brand: '#eeeeee', textOnBrand: '#ffffff' } }));
    const run = errata('export', '--out', join(dir, 'pale'), '--brand', brand);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Brand file ${brand} was refused`);
  });

  it('a status page that would show a placeholder, and usage mistakes with exit status 2', () => {
    const run = errata('export', '--out', join(dir, 'unfilled'), '--locales', 'en', '--code-for', '413=PAYLOAD_TOO_LARGE');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The 413 page would show PAYLOAD_TOO_LARGE with [maxSize] unfilled in en: give it with --values.');
    const mistakes: [string[], string][] = [
      [[], 'export needs --out <dir>.'],
      [['--out', join(dir, 'x'), '--intercept', '200'], '--intercept takes error statuses'],
      [['--out', join(dir, 'x'), '--code-for', '503=NOPE'], 'NOPE is not an error code of the catalog'],
      [['--out', join(dir, 'x'), '--link', 'home=javascript:alert(1)'], '--link home=...: must be an http(s) URL or a same-origin path'],
      [['--out', join(dir, 'x'), '--theme', 'sepia'], '--theme must be one of'],
      [['--out', join(dir, 'x'), '--locales', 'fr'], '--locales: contains "fr", which the catalog does not have'],
    ];
    for (const [args, message] of mistakes) {
      const mistake = errata('export', ...args);
      expect(mistake.status, args.join(' ')).toBe(2);
      expect(mistake.stderr).toContain(message);
    }
  });
});

describe('errata export options', () => {
  it('fills a code’s values and shows it for a status (--values, --code-for)', () => {
    const out = join(dir, 'maintenance');
    const values = join(dir, 'values.json');
    writeFileSync(values, JSON.stringify({ MAINTENANCE: { availableAt: '2030-01-01T06:00:00Z' }, PAYLOAD_TOO_LARGE: { maxSize: '10 MB' } }));
    const run = errata('export', '--out', out, '--locales', 'en', '--values', values, '--code-for', '503=MAINTENANCE');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = readFileSync(join(out, 'pages/en/503.txt'), 'utf8');
    expect(text).toMatch(/^Sorry, the service is closed\n/);
    expect(text).toContain('2030');
    expect(existsSync(join(out, 'codes/en/maintenance.html'))).toBe(true);
    expect(readFileSync(join(out, 'codes/en/payload-too-large.txt'), 'utf8')).toContain('10 MB');
    const bad = join(dir, 'bad-values.json');
    writeFileSync(bad, JSON.stringify({ MAINTENANCE: { availableAt: 'soon' } }));
    expect(errata('export', '--out', out, '--values', bad).stderr).toContain('MAINTENANCE.availableAt must be an ISO date string');
  });

  it('replaces its previous files in the directory and leaves others alone', () => {
    const out = join(dir, 'again');
    expect(errata('export', '--out', out, '--locales', 'en,de').status).toBe(0);
    writeFileSync(join(out, 'README.txt'), 'mine');
    expect(errata('export', '--out', out, '--locales', 'en', '--root', '/etc/errata').status).toBe(0);
    expect(existsSync(join(out, 'pages/de/500.html'))).toBe(false);
    expect(existsSync(join(out, 'pages/en/500.html'))).toBe(true);
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'config/nginx/server.conf'), 'utf8')).toContain('alias /etc/errata/nginx/;');
  });
});
