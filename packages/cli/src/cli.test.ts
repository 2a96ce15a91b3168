// Runs the BUILT bin (`npm test` builds first), as a user's shell would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '@errata/test/repo';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..');
const cli = join(pkg, 'dist/cli.js');
const fixtures = join(import.meta.dirname, 'fixtures');

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function errata(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return node([cli, ...args]);
}

const SUMMARY = /^(\d+) errors?, (\d+) warnings?, (\d+) infos?, (\d+) suppressed across (\d+) messages?$/m;

describe('errata', () => {
  it('prints its commands for --help and exits 0', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = errata(flag);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: errata <command>/);
      expect(r.stdout).toMatch(/^ {2}lint {2}/m);
      expect(r.stdout).toMatch(/^ {2}docs {2}/m);
    }
  });

  it("prints a command's options for <command> --help and exits 0", () => {
    const lint = errata('lint', '--help');
    expect(lint.status).toBe(0);
    expect(lint.stdout).toMatch(/^Usage: errata lint /);
    expect(lint.stdout).toContain('--max-warnings');
    expect(lint.stdout).toContain('--evaluate <corpus>');
    const docs = errata('docs', '-h');
    expect(docs.status).toBe(0);
    expect(docs.stdout).toMatch(/^Usage: errata docs /);
    expect(errata('help', 'docs').stdout).toBe(docs.stdout);
  });

  it('answers an unknown command or flag with exit status 2 and the help', () => {
    const command = errata('frobnicate');
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('Unknown command "frobnicate"');
    expect(command.stderr).toContain('Usage: errata <command>');
    const flag = errata('lint', '--colour');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("'--colour'");
    expect(flag.stderr).toContain('Usage: errata lint ');
    const bare = errata();
    expect(bare.status).toBe(2);
    expect(bare.stdout).toContain('Usage: errata <command>');
  });

  it("loads a command's packages only when that command runs", () => {
    // A resolve hook records every module the process loads.
    const dir = mkdtempSync(join(tmpdir(), 'errata-cli-'));
    try {
      const trace = join(dir, 'trace.txt');
      writeFileSync(
        join(dir, 'hooks.mjs'),
        `import { appendFileSync } from 'node:fs';\n` +
          `export async function resolve(specifier, context, next) {\n` +
          `  const result = await next(specifier, context);\n  appendFileSync(${JSON.stringify(trace)}, result.url + '\\n');\n  return result;\n}\n`,
      );
      writeFileSync(
        join(dir, 'register.mjs'),
        `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
      );
      const loaded = (...args: string[]): string[] => {
        writeFileSync(trace, '');
        const r = node(['--import', join(dir, 'register.mjs'), cli, ...args]);
        expect(r.stderr).toBe('');
        return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
      };
      const lintPackage = (url: string) => /\/(packages\/lint|node_modules\/@errata\/lint)\//.test(url);
      const top = loaded('--help');
      expect(top.length).toBeGreaterThan(0);
      expect(top.filter((url) => lintPackage(url) || url.includes('/retext-') || /\/packages\/catalog\//.test(url))).toEqual([]);
      expect(loaded('lint', '--help').some(lintPackage)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('errata lint', () => {
  it('passes the built-in catalog and prints a summary', () => {
    const r = errata('lint');
    expect(r.stderr).toBe('');
    const summary = SUMMARY.exec(r.stdout);
    expect(summary, r.stdout.slice(-500)).not.toBeNull();
    expect(summary![1]).toBe('0');
    expect(Number(summary![5])).toBeGreaterThanOrEqual(22 * 3);
    expect(r.status).toBe(0);
  });

  it('fails a file of bad copy and names each rule', () => {
    const r = errata('lint', join(fixtures, 'bad-copy.json'));
    expect(r.status).toBe(1);
    for (const rule of ['MC-01', 'TN-04', 'TN-02', 'TN-01', 'LN-03', 'ST-02', 'TN-06']) expect(r.stdout).toContain(rule);
    // Findings are grouped under code, locale/tone and field, with text and a suggestion.
    expect(r.stdout).toMatch(/^BLAMING en\/neutral description$/m);
    expect(r.stdout).toContain('text: “You entered an invalid postal code.”');
    expect(r.stdout).toMatch(/suggestion: /);
    expect(SUMMARY.exec(r.stdout)![1]).not.toBe('0');
  });

  it('prints the report as JSON with --format json', () => {
    const r = errata('lint', join(fixtures, 'bad-copy.json'), '--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: { errors: number }; findings: { ruleId: string; code: string; url: string }[] };
    expect(report.summary.errors).toBe(report.findings.filter((f) => (f as { severity?: string }).severity === 'error').length);
    expect(report.findings.find((f) => f.code === 'JOKING' && f.ruleId === 'TN-04')?.url).toBe(
      'https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md#tn-04',
    );
  });

  it('filters by locale and tone', () => {
    const r = errata('lint', join(fixtures, 'bad-copy.json'), '--tone', 'neutral', '--format', 'json');
    const report = JSON.parse(r.stdout) as { findings: { tone: string }[] };
    expect(new Set(report.findings.map((f) => f.tone))).toEqual(new Set(['neutral']));
  });

  it('lets the friendly tone use the informal address with --informal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-cli-'));
    try {
      const mod = (await import(pathToFileURL(join(fixtures, 'good-catalog.mjs')).href)) as { entries: { messages: Record<string, unknown> }[] };
      const entries = structuredClone(mod.entries);
      const de = {
        title: 'Änderungen nicht gespeichert',
        description: 'Die Verbindung brach ab, bevor die Änderungen bei uns ankamen.',
        nextSteps: ['Prüfe deine Verbindung und versuche es erneut.'],
        alternative: 'Wenn du Hilfe brauchst, <link>schreib dem Support</link>.',
      };
      const formal = {
        ...de,
        nextSteps: ['Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.'],
        alternative: 'Wenn Sie Hilfe brauchen, <link>wenden Sie sich an den Support</link>.',
      };
      entries[0]!.messages.de = { friendly: de, neutral: formal, formal };
      writeFileSync(join(dir, 'du.json'), JSON.stringify(entries));
      const strict = errata('lint', join(dir, 'du.json'), '--locale', 'de', '--format', 'json');
      const findings = (JSON.parse(strict.stdout) as { findings: { ruleId: string; tone: string }[] }).findings;
      expect(findings.some((f) => f.ruleId === 'TN-09' && f.tone === 'friendly')).toBe(true);
      const allowed = errata('lint', join(dir, 'du.json'), '--locale', 'de', '--informal', 'de', '--format', 'json');
      expect((JSON.parse(allowed.stdout) as { findings: { ruleId: string }[] }).findings.filter((f) => f.ruleId === 'TN-09')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes the catalog's own informal address as the default, and lets --informal replace it", () => {
    const tn09 = (...args: string[]) =>
      (
        JSON.parse(errata('lint', '--locale', 'es', '--tone', 'friendly', '--format', 'json', '--show-suppressed', ...args).stdout) as {
          findings: { ruleId: string }[];
        }
      ).findings.filter((f) => f.ruleId === 'TN-09');
    // builtinCatalog.informalAddress is ['es']: friendly Spanish says tú without a finding.
    expect(tn09()).toEqual([]);
    expect(tn09('--informal', 'de').length).toBeGreaterThan(0);
  });

  it('fails on warnings over --max-warnings', () => {
    // The clean module catalog has no errors; a limit of 0 warnings with a warning-only file fails.
    const dir = mkdtempSync(join(tmpdir(), 'errata-cli-'));
    try {
      // "Please" in the neutral tone is an error; in the friendly tone, away from "try again", a warning.
      type Entry = { code: string; messages: { en: Record<string, { nextSteps: string[] }> } };
      const entries = JSON.parse(readFileSync(join(fixtures, 'bad-copy.json'), 'utf8')) as { entries: Entry[] };
      const onlyPlease = entries.entries.filter((e) => e.code === 'PLEASE_NEUTRAL');
      for (const e of onlyPlease) {
        e.messages.en.neutral!.nextSteps = ['Check your connection, then try again.'];
        e.messages.en.friendly!.nextSteps = ['Please check your connection.'];
      }
      writeFileSync(join(dir, 'please.json'), JSON.stringify(onlyPlease));
      expect(errata('lint', join(dir, 'please.json')).status).toBe(0);
      const r = errata('lint', join(dir, 'please.json'), '--max-warnings', '0');
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('TN-06');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads a .mjs module', () => {
    const r = errata('lint', join(fixtures, 'good-catalog.mjs'));
    expect(r.status).toBe(0);
    expect(SUMMARY.exec(r.stdout)?.[5]).toBe('3');
  });

  it('prints the catalog problems of an invalid file and still reports per rule', () => {
    const r = errata('lint', join(fixtures, 'invalid-catalog.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('EMPTY_STEPS en/neutral nextSteps');
    expect(r.stdout).toContain('ST-01');
  });

  it('explains usage mistakes with exit status 2', () => {
    const tone = errata('lint', '--tone', 'loud');
    expect(tone.status).toBe(2);
    expect(tone.stderr).toContain('Unknown tone "loud"');
    const missing = errata('lint', join(fixtures, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    expect(errata('frobnicate').status).toBe(2);
  });
});

describe('errata lint --evaluate', () => {
  const corpus = packagePath('@errata/lint', 'evaluation');

  it("prints per language and per rule how the linter does on the project's corpus, and meets the target", () => {
    const r = errata('lint', '--evaluate', corpus);
    expect(r.stderr).toBe('');
    for (const language of ['en', 'es', 'de']) expect(r.stdout).toMatch(new RegExp(`^${language} +\\d+/\\d+ [\\d.]+% +\\d+/\\d+ [\\d.]+%.* yes$`, 'm'));
    for (const id of ['ST-02', 'TN-01', 'TN-02', 'TN-09'])
      expect(r.stdout).toMatch(new RegExp(`^${id} +\\S+ +all +\\d+ +\\d+ +\\d+ +[\\d.]+% +[\\d.]+%$`, 'm'));
    expect(r.status).toBe(0);
  });

  it('fails when a language misses the target, and reads one file as well as a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-eval-'));
    try {
      const clean = { title: 'We could not save your changes', description: 'The connection dropped.', nextSteps: ['Check your connection, then try again.'] };
      const items = [
        { id: 'missed', verdict: 'bad', breaks: ['TN-04'], tone: 'friendly', ...clean },
        { id: 'fine', verdict: 'good', tone: 'neutral', ...clean },
      ];
      writeFileSync(join(dir, 'tiny.json'), JSON.stringify({ locale: 'en', items }));
      const r = errata('lint', '--evaluate', join(dir, 'tiny.json'), '--format', 'json');
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as { languages: { language: string; bad: { total: number; withError: number }; meetsTarget: boolean }[] };
      expect(report.languages).toMatchObject([{ language: 'en', bad: { total: 1, withError: 0 }, meetsTarget: false }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every problem of a malformed corpus, and treats a missing one or extra flags as usage mistakes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-eval-'));
    try {
      writeFileSync(join(dir, 'broken.json'), JSON.stringify({ locale: 'en', items: [{ id: 'x', verdict: 'bad', tone: 'loud', title: 'T' }] }));
      const broken = errata('lint', '--evaluate', dir);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('broken.json is not a valid evaluation corpus');
      expect(broken.stderr).toContain('items[0] (x): "tone" must be one of friendly, neutral, formal');
      writeFileSync(join(dir, 'broken.json'), '{ not json');
      expect(errata('lint', '--evaluate', dir).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(errata('lint', '--evaluate', join(fixtures, 'nope')).stderr).toContain('Cannot read');
    const mixed = errata('lint', '--evaluate', corpus, '--locale', 'en');
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('drop --locale');
  });
});

describe('errata docs', () => {
  const out = mkdtempSync(join(tmpdir(), 'errata-docs-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the reference and removes pages of codes that no longer exist', () => {
    writeFileSync(join(out, 'old-code.md'), '# gone');
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    const r = errata('docs', '--out', out);
    expect(r.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('README.md');
    expect(files).toContain('rate-limited.md');
    expect(files).not.toContain('old-code.md');
    expect(files).toContain('keep.txt');
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('[RATE_LIMITED](rate-limited.md)');
  });

  it('needs --out', () => {
    const r = errata('docs');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});

describe('errata lint on a catalog a brand writes', () => {
  it('reads YAML, accepts an English-only code and warns about each gap (CV-01, CV-02) with exit status 0', () => {
    const r = errata('lint', join(fixtures, 'english-only.yaml'), '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      summary: { errors: number };
      findings: { ruleId: string; code: string; locale: string; tone: string; severity: string }[];
    };
    expect(report.summary.errors).toBe(0);
    const gaps = report.findings.filter((f) => f.code === 'CART_EXPIRED' && f.ruleId.startsWith('CV-'));
    expect(gaps.map((f) => `${f.ruleId} ${f.severity} ${f.locale}/${f.tone}`).sort()).toEqual([
      'CV-01 warning ar/neutral',
      'CV-01 warning de/neutral',
      'CV-01 warning es/neutral',
      'CV-02 warning en/formal',
      'CV-02 warning en/friendly',
    ]);
    // The built-in codes are complete: no gap is reported for them.
    expect(report.findings.filter((f) => f.code !== 'CART_EXPIRED' && f.ruleId.startsWith('CV-'))).toEqual([]);
    const text = errata('lint', join(fixtures, 'english-only.yaml'));
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('CV-01  No es copy for this code: es readers see the en copy.');
  });

  it('exits 1 with where for a YAML file whose copy is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errata-cli-yaml-'));
    try {
      const file = join(dir, 'broken.yaml');
      writeFileSync(file, 'extends: builtin\noverrides:\n  NOT_FOUND:\n    messages:\n      en:\n        neutral:\n          title: Gone {where\n');
      const r = errata('lint', file);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('NOT_FOUND');
      expect(r.stderr).toContain('ICU does not parse');
      const unreadable = errata('lint', join(dir, 'missing.yaml'));
      expect(unreadable.status).toBe(2);
      expect(unreadable.stderr).toContain('missing.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('errata review', () => {
  const out = mkdtempSync(join(tmpdir(), 'errata-review-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const site = (path: string) => readFileSync(join(out, path), 'utf8');

  it('writes every code x locale x tone of a YAML catalog, with a brand, and lists each in the index', async () => {
    const r = errata('review', '--out', out, join(fixtures, 'english-only.yaml'), '--brand', join(fixtures, 'brand.json'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { loadCatalogFile } = await import('@errata/catalog/file');
    const { parsePage } = await import('@errata/test/page');
    const catalog = loadCatalogFile(join(fixtures, 'english-only.yaml'));
    const expected = catalog.codes.flatMap((code) =>
      catalog.locales.flatMap((locale) => ['friendly', 'neutral', 'formal'].map((tone) => `messages/${code}/${locale}-${tone}.html`)),
    );
    const index = parsePage(site('index.html')).document;
    const listed = [...index.querySelectorAll('tbody th a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(expected.sort());
    // Every listed page exists, and so does the page as sent that it shows.
    for (const href of expected) {
      const preview = /<iframe [^>]*src="([^"]+)"/.exec(site(href))?.[1] ?? '';
      expect(existsSync(join(out, dirname(href), preview)), `${href} -> ${preview}`).toBe(true);
    }
    // Filters are pages of their own, the current one marked.
    const arabic = parsePage(site('locale-ar.html')).document;
    expect(arabic.querySelectorAll('tbody tr')).toHaveLength(catalog.codes.length * 3);
    expect(arabic.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Arabic (ar)');
    expect(parsePage(site('fallbacks.html')).document.querySelectorAll('tbody tr')).toHaveLength(catalog.locales.length * 3 - 1);
  }, 60_000);

  it('shows the fields, findings linked to the tone guide, the grade and the page as sent', async () => {
    const { parsePage } = await import('@errata/test/page');
    const gap = parsePage(site('messages/CART_EXPIRED/es-neutral.html')).document;
    expect(gap.querySelector('h1')?.textContent).toBe('CART_EXPIRED: Spanish, neutral');
    expect(gap.querySelector('a[href$="tone-guide.md#cv-01"]')?.textContent).toBe('CV-01 coverage/missing-translation');
    expect(gap.body.textContent).toContain('Falls back to en neutral');
    // The copy shown is English, marked so inside the English review page.
    expect(gap.querySelector('dd[lang="en"]')?.textContent).toBe('Your cart has expired');
    expect(gap.body.textContent).toMatch(/Reading grade\d+\.\d \(Flesch–Kincaid\)/);
    // Arabic reads right to left, on the review page and on the page as sent.
    const arabic = parsePage(site('messages/NOT_FOUND/ar-formal.html')).document;
    expect([...arabic.querySelectorAll('dd[lang="ar"]')].every((dd) => dd.getAttribute('dir') === 'rtl')).toBe(true);
    const sent = site('pages/NOT_FOUND/ar-formal.html');
    expect(sent).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl" class="errata-theme-auto errata-brand-acme-travel /);
    expect(parsePage(sent).document.title).toMatch(/ – Acme Travel$/);
    // A notice is shown as the banner renderBanner sends.
    expect(site('pages/DEGRADED/en-neutral.html')).toContain('<main>');
    // The copy for an error thrown without its values is reviewed with the rest.
    const maintenance = parsePage(site('messages/MAINTENANCE/en-neutral.html')).document;
    const labels = [...maintenance.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Description without values', 'Next step 1 without values']));
    expect(maintenance.body.textContent).toContain('It will be available again when the work is finished.');
  });

  it('needs --out, and refuses a brand that fails its contrast checks', () => {
    expect(errata('review').status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'errata-brand-'));
    try {
      writeFileSync(
        join(dir, 'pale.json'),
        JSON.stringify({ name: 'Pale', colors: { brand: '#eeeeee', textOnBrand: '#ffffff', link: '#dddddd', focusRing: '#eeeeee' } }),
      );
      const r = errata('review', '--out', join(dir, 'site'), '--brand', join(dir, 'pale.json'));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('Pale');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('errata token', () => {
  const secret = 'cli-token-test-secret-0123456789abcdef0123456';
  const token = (env: Record<string, string | undefined>, ...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, 'token', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints a token signed with ERRATA_TRIAGE_SECRET that @errata/ops verifies with the role, subject and lifetime asked for', async () => {
    const r = token({ ERRATA_TRIAGE_SECRET: secret }, '--role', 'operator', '--sub', 'olivia@example.com', '--ttl', '5m');
    expect(r.stderr).toMatch(/^operator token for olivia@example.com, valid until \d{4}-/);
    expect(r.status).toBe(0);
    const { createVerifier } = await import('@errata/ops/tokens');
    const principal = await createVerifier({ secret })(r.stdout.trim());
    expect(principal.subject).toBe('olivia@example.com');
    expect([...principal.roles]).toEqual(['operator']);
    expect(principal.expiresAt - Date.now()).toBeGreaterThan(290_000);
    expect(principal.expiresAt - Date.now()).toBeLessThanOrEqual(300_000);
  });

  it('refuses a missing secret, an unknown role, a missing subject and a lifetime over the maximum (exit 2)', () => {
    const cases: [Record<string, string | undefined>, string[], RegExp][] = [
      [{ ERRATA_TRIAGE_SECRET: undefined }, ['--role', 'viewer', '--sub', 'a'], /ERRATA_TRIAGE_SECRET/],
      [{ ERRATA_TRIAGE_SECRET: secret }, ['--role', 'root', '--sub', 'a'], /Unknown role root/],
      [{ ERRATA_TRIAGE_SECRET: secret }, ['--role', 'viewer'], /--sub/],
      [{ ERRATA_TRIAGE_SECRET: secret }, ['--role', 'viewer', '--sub', 'a', '--ttl', '2h'], /longer than --max-ttl/],
      [{ ERRATA_TRIAGE_SECRET: 'short' }, ['--role', 'viewer', '--sub', 'a'], /32 bytes/],
    ];
    for (const [env, args, message] of cases) {
      const r = token(env, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});
