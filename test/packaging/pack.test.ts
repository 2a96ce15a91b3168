// The packages as a user gets them: `npm pack` every publishable package, check what each tarball
// holds, then install the tarballs into fresh projects outside the repository and use them there.
// Needs `npm run build` first; the installs read npm's cache (warm after `npm ci`) before the
// registry. Prints each install's footprint.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { lexer, walkTokens, type Tokens } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@errata/test/repo';

const publishable = ['tokens', 'catalog', 'lint', 'cli', 'react', 'server', 'ops'] as const;
type Name = (typeof publishable)[number];

/** Exports conditions that only the repository uses (Storybook's view of the sources). */
const repoOnlyConditions = new Set(['errata-source']);
/** Packages only the linter needs: a renderer must never install them. */
const linterOnly = /^(retext-.*|unified|nlcst-.*)$/;
/** Packages only the operations surface needs (@errata/ops and its optional peers): pages alone install none. */
const opsOnly = /^(prom-client|jose|rate-limiter-flexible|cockatiel|ioredis|redis|@opentelemetry\/.*|@errata\/ops)$/;

interface Packed {
  readonly name: string;
  readonly filename: string;
  readonly files: readonly { path: string; size: number }[];
}

/** npm as a user runs it: without the npm_* settings of the `npm test` that may be running us. */
function npm(args: string[], cwd: string, timeoutMs: number): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr.slice(-3000)}`);
  return r.stdout;
}

function node(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function manifest(name: Name): { exports?: unknown; bin?: Record<string, string>; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as never;
}

/** Every file an exports map or bin names, as tarball paths (`dist/x.js`; `*` kept as a pattern). */
function entryPoints(name: Name): string[] {
  const { exports, bin } = manifest(name);
  const targets: string[] = [];
  const collect = (value: unknown, condition?: string): void => {
    if (typeof value === 'string') {
      if (!condition || !repoOnlyConditions.has(condition)) targets.push(value);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) collect(inner, key.startsWith('.') ? condition : key);
    }
  };
  collect(exports);
  collect(bin);
  return targets.map((t) => posix.normalize(t));
}

function matches(pattern: string, path: string): boolean {
  const [head, tail] = pattern.split('*') as [string, string | undefined];
  return tail === undefined ? path === pattern : path.startsWith(head) && path.endsWith(tail) && path.length > head.length + tail.length;
}

/** The packages a project's install put in node_modules (npm's hidden lockfile lists them). */
function installed(project: string): string[] {
  const lock = JSON.parse(readFileSync(join(project, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages).map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('packed packages', () => {
  const work = mkdtempSync(join(tmpdir(), 'errata-pack-'));
  const packs = new Map<Name, Packed>();
  const tarball = (name: Name) => join(work, packs.get(name)!.filename);

  beforeAll(() => {
    for (const name of publishable) {
      if (!existsSync(join(repoRoot, 'packages', name, 'dist'))) throw new Error(`packages/${name}/dist is missing: run \`npm run build\` first`);
    }
    const out = npm(['pack', '--json', '--pack-destination', work, ...publishable.flatMap((name) => ['-w', `packages/${name}`])], repoRoot, 120_000);
    const list = JSON.parse(out) as Packed[];
    for (const name of publishable) {
      const packed = list.find((p) => p.name === `@errata/${name}`);
      if (!packed) throw new Error(`npm pack made no tarball for @errata/${name}`);
      packs.set(name, packed);
      const dir = join(work, 'unpacked', name);
      mkdirSync(dir, { recursive: true });
      const tar = spawnSync('tar', ['-xzf', tarball(name), '-C', dir, '--strip-components=1'], { encoding: 'utf8' });
      if (tar.status !== 0) throw new Error(`cannot unpack ${packed.filename}: ${tar.stderr}`);
    }
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe.each(publishable)('@errata/%s', (name) => {
    const files = () => packs.get(name)!.files.map((f) => f.path);

    it('holds package.json, README.md, the MIT LICENSE and every entry point of its exports map and bin', () => {
      expect(files()).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
      expect(readFileSync(join(work, 'unpacked', name, 'LICENSE'), 'utf8')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'));
      const missing = entryPoints(name).filter((entry) => !files().some((path) => matches(entry, path)));
      expect(missing, `named by package.json but not packed`).toEqual([]);
    });

    it('holds no build info, declaration maps, sources, tests, stories or fixtures', () => {
      const unwanted = files().filter(
        (path) =>
          path.endsWith('.tsbuildinfo') ||
          path.endsWith('.d.ts.map') ||
          path.startsWith('src/') ||
          /(^|\/)(fixtures|corpus)\//.test(path) ||
          /\.(test|stories|browser\.test)\.[cm]?[jt]sx?$/.test(path) ||
          /(^|\/)testing\.(js|d\.ts)$/.test(path),
      );
      expect(unwanted).toEqual([]);
    });

    it('ships source maps that carry their sources, since src/ is not shipped', () => {
      const maps = files().filter((path) => path.endsWith('.js.map'));
      const incomplete = maps.filter((path) => {
        const map = JSON.parse(readFileSync(join(work, 'unpacked', name, path), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
        return map.sourcesContent?.length !== map.sources.length || map.sourcesContent.some((text) => typeof text !== 'string');
      });
      expect(incomplete).toEqual([]);
    });

    it('asks for its sibling packages by version range, and states engines, license and repository', () => {
      const pkg = JSON.parse(readFileSync(join(work, 'unpacked', name, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        engines?: { node?: string };
        license?: string;
        repository?: { url?: string; directory?: string };
      };
      const siblings = Object.entries(pkg.dependencies ?? {}).filter(([dep]) => dep.startsWith('@errata/'));
      expect(siblings.filter(([, range]) => range !== '^0.1.0')).toEqual([]);
      expect(pkg.engines?.node).toBe('>=20.19');
      expect(pkg.license).toBe('MIT');
      expect(pkg.repository).toMatchObject({ url: 'git+https://github.com/errata-dev/errata.git', directory: `packages/${name}` });
    });

    it('links only to files in the tarball or to absolute URLs from its README', () => {
      const readme = readFileSync(join(work, 'unpacked', name, 'README.md'), 'utf8');
      const hrefs: string[] = [];
      walkTokens(lexer(readme), (token) => {
        if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link).href);
      });
      const broken = hrefs.filter((href) => !/^(https?:|mailto:|#)/.test(href) && !files().includes(posix.normalize(href.split('#')[0]!)));
      expect(broken).toEqual([]);
    });
  });

  it('installs @errata/server in a fresh project without the linter, and renders a 404 page', () => {
    const project = join(work, 'server-app');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'server-app', private: true, type: 'module' }));
    const react = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/react/package.json'), 'utf8')) as { version: string }).version;
    const tarballs = (['tokens', 'catalog', 'react', 'server'] as const).map(tarball);
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs, `react@${react}`, `react-dom@${react}`], project, 240_000);

    const packages = installed(project);
    console.log(`npm i @errata/server react react-dom: ${packages.length} packages`);
    expect(packages.filter((p) => linterOnly.test(p))).toEqual([]);
    expect(packages.filter((p) => opsOnly.test(p))).toEqual([]);
    expect(packages).toEqual(expect.arrayContaining(['@errata/server', '@errata/react', '@errata/catalog', '@errata/tokens']));
    expect(packages).not.toContain('@errata/lint');

    writeFileSync(
      join(project, 'render.mjs'),
      `import { createErrata, ErrataError } from '@errata/server';\n` +
        `const errata = createErrata({ serviceName: 'Pack check' });\n` +
        `const { status, headers, body } = errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', url: '/missing', headers: { accept: 'text/html' } });\n` +
        `const type = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];\n` +
        `console.log(JSON.stringify({ status, type, body }));\n`,
    );
    const r = node(['render.mjs'], project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const page = JSON.parse(r.stdout) as { status: number; type: string; body: string };
    expect(page.status).toBe(404);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/^<!DOCTYPE html>/i);
    expect(page.body.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page.body).toMatch(/<style[^>]*>[^<]{1000,}<\/style>/);
  }, 300_000);

  it('installs @errata/cli in a fresh project and runs errata lint', () => {
    const project = join(work, 'cli-app');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-app', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', ...(['catalog', 'lint', 'cli'] as const).map(tarball)], project, 240_000);

    const packages = installed(project);
    console.log(`npm i @errata/cli: ${packages.length} packages`);
    expect(packages.filter((p) => p === 'react' || p.startsWith('@errata/react') || p.startsWith('@errata/server'))).toEqual([]);

    const bin = join(project, 'node_modules/.bin/errata');
    const help = node([bin, '--help'], project);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: errata <command>/);
    const lint = node([bin, 'lint', '--locale', 'en'], project);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toMatch(/^0 errors, 0 warnings, .* across \d+ messages$/m);
    expect(lint.status).toBe(0);
    // The page commands render with @errata/server, an optional peer: without it, they say what to install.
    const exported = node([bin, 'export', '--out', join(project, 'pages')], project);
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain('errata export needs @errata/server, @errata/tokens, react, react-dom, which are not installed: npm i -D @errata/server');
    // errata review renders pages too: its packages are named the same way.
    const review = node([bin, 'review', '--out', join(project, 'review')], project);
    expect(review.status).toBe(1);
    expect(review.stderr).toContain('errata review needs @errata/server, @errata/tokens, react, react-dom, @errata/react, which are not installed');
    // @errata/ops is an optional peer: only `errata token` needs it, and it says how to get it.
    expect(packages).not.toContain('@errata/ops');
    const token = node([bin, 'token', '--role', 'viewer', '--sub', 'a'], project);
    expect(token.status).toBe(1);
    expect(token.stderr).toContain('errata token needs @errata/ops, which are not installed: npm i -D @errata/ops');
  }, 300_000);

  it('installs @errata/cli with @errata/server and runs errata export', () => {
    const project = join(work, 'cli-export-app');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-export-app', private: true, type: 'module' }));
    const react = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/react/package.json'), 'utf8')) as { version: string }).version;
    const tarballs = (['tokens', 'catalog', 'lint', 'cli', 'react', 'server'] as const).map(tarball);
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs, `react@${react}`, `react-dom@${react}`], project, 240_000);
    const bin = join(project, 'node_modules/.bin/errata');
    const run = node([bin, 'export', '--out', join(project, 'pages'), '--locales', 'en'], project);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(project, 'pages/pages/en/503.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(project, 'pages/config/nginx/server.conf'), 'utf8')).toContain(`alias ${join(project, 'pages')}/nginx/;`);
  }, 300_000);

  it('installs @errata/ops without its optional peers (Redis client, OpenTelemetry, cockatiel) and answers readiness', () => {
    const project = join(work, 'ops-app');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'ops-app', private: true, type: 'module' }));
    const react = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/react/package.json'), 'utf8')) as { version: string }).version;
    const tarballs = (['tokens', 'catalog', 'react', 'server', 'ops'] as const).map(tarball);
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs, `react@${react}`, `react-dom@${react}`], project, 240_000);

    const packages = installed(project);
    console.log(`npm i @errata/ops @errata/server react react-dom: ${packages.length} packages`);
    expect(packages).toEqual(expect.arrayContaining(['@errata/ops', 'prom-client', 'jose', 'rate-limiter-flexible']));
    // prom-client itself depends on @opentelemetry/api (for exemplars); the SDK never comes.
    expect(packages.filter((p) => /^(ioredis|redis|cockatiel|@opentelemetry\/(?!api$).*)$/.test(p))).toEqual([]);
    expect(packages.filter((p) => linterOnly.test(p))).toEqual([]);

    writeFileSync(
      join(project, 'ready.mjs'),
      `import { createOps } from '@errata/ops';\n` +
        `import { createErrata } from '@errata/server';\n` +
        `const ops = createOps({ dependencies: [{ name: 'db', check: () => false }] });\n` +
        `createErrata({ observers: [ops.observer] });\n` +
        `const r = await ops.handle({ method: 'GET', url: '/readyz', headers: { accept: 'application/health+json' } });\n` +
        `console.log(JSON.stringify({ status: r.status, body: JSON.parse(r.body) }));\n`,
    );
    const r = node(['ready.mjs'], project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 503, body: { status: 'fail', checks: { db: [{ status: 'fail' }] } } });
  }, 300_000);
});
