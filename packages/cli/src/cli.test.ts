// Runs the BUILT bin (`npm test` builds first), as a user's shell would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
