// `errata review`: a static copy review site for a catalog (and brand), for a designer to open
// from disk or any static host. Every page is rendered by @errata/react's components; the pages
// "as sent" are the server's own output (`render`, `renderBanner`).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { type Catalog, type CatalogEntry, formatMessage, type MessageSet, messageSetFor, tones } from '@errata/catalog';
import { findRule, type LintFinding, lintCatalog, sampleValues } from '@errata/lint';
import {
  BannerPreview,
  ReviewBar,
  ReviewDocument,
  type ReviewField,
  type ReviewFilterGroup,
  type ReviewFinding,
  ReviewIndex,
  ReviewMessage,
  type ReviewRow,
  reviewStylesheet,
} from '@errata/react/review';
import { createErrata, type Errata, ErrataError } from '@errata/server';
import { BrandError } from '@errata/tokens';
import { loadBrand } from '../brand-file.js';
import { catalogFileHelp, loadCatalog } from '../catalog-file.js';
import { defineCommand, UsageError } from '../command.js';

const help = `Usage: errata review --out <dir> [catalogFile] [--brand <file>]

Writes a static copy review site: an index of every code x locale x tone with counts and filters
(pages of their own, no JavaScript), and for each message its fields as written, every copy-lint
finding linked to its rule in the tone guide, the reading grade, and the page (or banner) exactly
as the server sends it. Open <dir>/index.html from disk or put <dir> on any static host.
Generated files in <dir> are replaced; other files are left alone.

Options:
  --out <dir>      where to write the site (required)
  --brand <file>   a brand (.json, .yaml or a module): the pages are rendered with it
  -h, --help       show this help

${catalogFileHelp}`;

/** Same-origin sample links, so every link on a page resolves inside the review. */
const sampleLinks = { home: '/', support: '/support', status: 'https://status.example.com', signIn: '/sign-in' };
/** A fixed reference, so a re-run writes the same pages. */
const sampleTrace = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (locale: string) => {
  try {
    return languageNames.of(locale) ?? locale;
  } catch {
    return locale;
  }
};

const page = (element: ReactElement) => `<!DOCTYPE html>${renderToStaticMarkup(element)}\n`;
const messagePath = (code: string, locale: string, tone: string) => `messages/${code}/${locale}-${tone}.html`;
const previewPath = (code: string, locale: string, tone: string) => `pages/${code}/${locale}-${tone}.html`;

interface Message {
  readonly row: ReviewRow;
  readonly entry: CatalogEntry;
  readonly fields: ReviewField[];
  readonly findings: ReviewFinding[];
  readonly preview: string;
}

function reviewFinding(f: LintFinding): ReviewFinding {
  const rule = findRule(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...(rule ? { ruleName: rule.name } : {}),
    severity: f.severity,
    field: f.field,
    ...(f.branch ? { branch: f.branch } : {}),
    message: f.message,
    ...(f.text ? { text: f.text } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    url: f.url,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  };
}

function fieldsOf(set: MessageSet): ReviewField[] {
  const bare = set.withoutValues;
  return [
    { label: 'Title', source: set.title },
    { label: 'Description', source: set.description },
    ...set.nextSteps.map((step, i) => ({ label: `Next step ${i + 1}`, source: step })),
    ...(set.alternative ? [{ label: 'Alternative', source: set.alternative }] : []),
    // The copy shown when the error comes without its values (no time known) is reviewed too.
    ...(bare?.description !== undefined ? [{ label: 'Description without values', source: bare.description }] : []),
    ...(bare?.nextSteps ?? []).map((step, i) => ({ label: `Next step ${i + 1} without values`, source: step })),
  ];
}

/** Every code x locale x tone with what its review page shows, and the page as sent. */
function collect(catalog: Catalog, byTone: ReadonlyMap<string, Errata>): Message[] {
  const report = lintCatalog(catalog);
  const findings = new Map<string, ReviewFinding[]>();
  for (const f of report.findings) {
    const key = `${f.code}|${f.locale}|${f.tone}`;
    findings.set(key, [...(findings.get(key) ?? []), reviewFinding(f)]);
  }
  const grades = new Map(report.messages.map((m) => [`${m.code}|${m.locale}|${m.tone}`, m.grade]));
  const messages: Message[] = [];
  for (const code of catalog.codes) {
    const entry = catalog.get(code);
    const values = sampleValues(entry) as Record<string, string | number | Date>;
    for (const locale of catalog.locales) {
      for (const tone of tones) {
        const shown = messageSetFor(entry, locale, tone, catalog.sourceLocale);
        if (!shown) continue;
        const message = formatMessage(catalog, code, { locale, tone, values, timeZone: 'UTC' });
        const own = findings.get(`${code}|${locale}|${tone}`) ?? [];
        const active = own.filter((f) => !f.suppressed);
        const count = (severity: ReviewFinding['severity']) => active.filter((f) => f.severity === severity).length;
        const errata = byTone.get(tone) as Errata;
        let preview: string;
        if (entry.kind === 'notice') {
          const banner = errata.renderBanner(code, { locale, tone, values, links: sampleLinks, dismissHref: '#dismissed' });
          preview = page(<BannerPreview lang={message.locale} dir={message.dir} title={`${message.title} (banner)`} html={banner.html} css={banner.css} />);
        } else {
          const request = { method: 'GET', url: '/review', headers: { accept: 'text/html', 'accept-language': locale, traceparent: sampleTrace } };
          preview = errata.render(new ErrataError<string>(code, { values }), request).body;
        }
        messages.push({
          entry,
          fields: fieldsOf(shown.set),
          findings: own,
          preview,
          row: {
            code,
            locale,
            localeName: languageName(locale),
            tone,
            title: message.title,
            shownLocale: shown.locale,
            shownTone: shown.tone,
            dir: message.dir,
            grade: grades.get(`${code}|${shown.locale}|${shown.tone}`) ?? null,
            href: messagePath(code, locale, tone),
            errors: count('error'),
            warnings: count('warning'),
            infos: count('info'),
          },
        });
      }
    }
  }
  return messages;
}

interface Filter {
  readonly file: string;
  readonly group: string;
  readonly label: string;
  readonly heading: string;
  readonly keep: (row: ReviewRow) => boolean;
}

function filtersFor(catalog: Catalog): Filter[] {
  return [
    { file: 'index.html', group: 'Language', label: 'All languages', heading: 'Every message', keep: () => true },
    ...catalog.locales.map((locale) => ({
      file: `locale-${locale}.html`,
      group: 'Language',
      label: `${languageName(locale)} (${locale})`,
      heading: `Messages in ${languageName(locale)}`,
      keep: (row: ReviewRow) => row.locale === locale,
    })),
    ...tones.map((tone) => ({
      file: `tone-${tone}.html`,
      group: 'Tone',
      label: tone,
      heading: `Messages in the ${tone} tone`,
      keep: (row: ReviewRow) => row.tone === tone,
    })),
    { file: 'errors.html', group: 'Findings', label: 'With errors', heading: 'Messages with errors', keep: (row) => row.errors > 0 },
    { file: 'warnings.html', group: 'Findings', label: 'With warnings', heading: 'Messages with warnings', keep: (row) => row.warnings > 0 },
    {
      file: 'fallbacks.html',
      group: 'Findings',
      label: 'Showing fallback copy',
      heading: 'Messages showing another language or tone',
      keep: (row) => row.shownLocale !== row.locale || row.shownTone !== row.tone,
    },
  ];
}

async function writeSite(out: string, catalog: Catalog, catalogName: string, messages: readonly Message[]): Promise<number> {
  // Replace what an earlier run wrote; leave anything else in <dir> alone.
  await mkdir(out, { recursive: true });
  for (const name of await readdir(out)) {
    if (name === 'messages' || name === 'pages') await rm(join(out, name), { recursive: true, force: true });
    else if (name.endsWith('.html') || name === 'review.css') await rm(join(out, name), { force: true });
  }
  const files = new Map<string, string>();
  files.set('review.css', reviewStylesheet.css);
  const rows = messages.map((m) => m.row);
  const total = (list: readonly ReviewRow[]) => ({
    errors: list.reduce((n, r) => n + r.errors, 0),
    warnings: list.reduce((n, r) => n + r.warnings, 0),
    infos: list.reduce((n, r) => n + r.infos, 0),
  });
  const summary = `${catalogName}: ${catalog.codes.length} codes in ${catalog.locales.length} languages (${catalog.locales.join(', ')}) and ${tones.length} tones, ${rows.length} messages in all.`;
  const filters = filtersFor(catalog);
  for (const filter of filters) {
    const listed = rows.filter(filter.keep);
    const groups: ReviewFilterGroup[] = [...new Set(filters.map((f) => f.group))].map((group) => ({
      heading: group,
      links: filters.filter((f) => f.group === group).map((f) => ({ label: f.label, href: f.file, count: rows.filter(f.keep).length, current: f === filter })),
    }));
    files.set(
      filter.file,
      page(
        <ReviewDocument title={filter.heading} stylesheetHref="review.css">
          <ReviewBar catalogName={catalogName} {...(filter.file === 'index.html' ? {} : { indexHref: 'index.html' })} />
          <ReviewIndex heading={filter.heading} summary={summary} counts={total(listed)} filters={groups} rows={listed} />
        </ReviewDocument>,
      ),
    );
  }
  for (const m of messages) {
    const { code, locale, tone } = m.row;
    const kind = m.entry.kind === 'notice' ? 'Banner notice' : `HTTP ${m.entry.status} error page`;
    const siblings = rows.filter((r) => r.code === code).map((r) => ({ label: `${r.localeName}, ${r.tone}`, href: `../../${r.href}`, current: r === m.row }));
    files.set(
      messagePath(code, locale, tone),
      page(
        <ReviewDocument title={`${code}: ${m.row.localeName}, ${tone}`} stylesheetHref="../../review.css">
          <ReviewBar catalogName={catalogName} indexHref="../../index.html" />
          <ReviewMessage
            row={m.row}
            kind={kind}
            fields={m.fields}
            findings={m.findings}
            previewHref={`../../${previewPath(code, locale, tone)}`}
            siblings={siblings}
          />
        </ReviewDocument>,
      ),
    );
    files.set(previewPath(code, locale, tone), m.preview);
  }
  for (const [name, text] of files) {
    const file = join(out, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return files.size;
}

export const command = defineCommand({
  help,
  maxPositionals: 1,
  options: { out: { type: 'string' }, brand: { type: 'string' } },
  async run(values, positionals) {
    if (!values.out) throw new UsageError('review needs --out <dir>.');
    const loaded = await loadCatalog(positionals[0]);
    if (loaded.kind === 'invalid') {
      process.stderr.write(`${loaded.error.message}\n`);
      return 1;
    }
    let brand: Awaited<ReturnType<typeof loadBrand>> | undefined;
    try {
      brand = values.brand ? await loadBrand(values.brand) : undefined;
    } catch (error) {
      if (error instanceof BrandError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
    const { catalog } = loaded;
    const byTone = new Map(
      tones.map((tone) => [
        tone,
        createErrata({
          catalog,
          defaultTone: tone,
          mode: 'production',
          links: sampleLinks,
          serviceName: brand?.name ?? 'Example',
          ...(brand ? { brand } : {}),
          // These are sample pages, not failures: nothing to log (without a hook, 5xx go to stderr).
          onError: () => undefined,
        }),
      ]),
    );
    const catalogName = positionals[0] ? `the catalog ${positionals[0]}` : 'the built-in catalog';
    const messages = collect(catalog, byTone);
    const out = resolve(values.out);
    const count = await writeSite(out, catalog, catalogName, messages);
    process.stdout.write(`Wrote ${count} files (${messages.length} messages) to ${values.out}: open ${join(values.out, 'index.html')}\n`);
    return 0;
  },
});
