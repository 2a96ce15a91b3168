// The error reference: an index and one markdown page per code, for support staff, operators
// and API clients, in every locale of the catalog: the source locale at the top, each other locale
// in a folder of its own. Output depends only on the catalog (fixed sample values, local-time
// sample moment, sorted order), so the committed copy can be checked for staleness.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatMessage, messageSetFor, tones, type Catalog, type CatalogEntry, type FormattedMessage, type RichText, type Tone } from '@errata/catalog';
import { type ReferenceLabels, referenceLabels } from './labels.js';

export interface ReferenceOptions {
  /** The server's `referenceBaseUrl` (problem+json `type` = base + page name). */
  readonly baseUrl?: string;
  /** The locales to write (default: every locale of the catalog). The source locale is always written. */
  readonly locales?: readonly string[];
}

/** `NOT_FOUND` -> `not-found`, the page name the server uses in problem+json `type`. */
export function referencePage(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

function cell(text: string): string {
  return escapeMd(text).replace(/\n/g, ' ');
}

function rich(parts: RichText): string {
  return parts.map((p) => (typeof p === 'string' ? escapeMd(p) : `${escapeMd(p.children)} (link: \`${p.tag}\`)`)).join('');
}

function firstSelectKey(elements: readonly MessageFormatElement[], name: string): string | undefined {
  for (const el of elements) {
    if (el.type === TYPE.select && el.value === name) return Object.keys(el.options).find((k) => k !== 'other');
    const nested =
      el.type === TYPE.select || el.type === TYPE.plural ? Object.values(el.options).map((o) => o.value) : el.type === TYPE.tag ? [el.children] : [];
    for (const n of nested) {
      const hit = firstSelectKey(n, name);
      if (hit) return hit;
    }
  }
  return undefined;
}

function stringSample(name: string): string {
  if (/email/i.test(name)) return 'help@example.com';
  if (/phone/i.test(name)) return '0800 123 456';
  if (/size|limit/i.test(name)) return '10 MB';
  if (/service/i.test(name)) return 'Acme Billing';
  return 'Acme';
}

/** Fixed, readable sample values per placeholder (a select takes its first named branch). */
export function sampleValues(entry: CatalogEntry): Record<string, unknown> {
  const sources = Object.values(entry.messages.en ?? {}).flatMap((m) => [m.title, m.description, ...m.nextSteps, m.alternative ?? '']);
  const asts = sources.flatMap((s) => {
    try {
      return [parse(s)];
    } catch {
      return [];
    }
  });
  const values: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(entry.args ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (type === 'date' || type === 'time') values[name] = new Date(2026, 11, 7, 9, 0, 0);
    else if (type === 'number') values[name] = /size|mb|megabytes/i.test(name) ? 10 : 30;
    else {
      const key = asts.map((a) => firstSelectKey(a, name)).find((k) => k !== undefined);
      values[name] = key ?? stringSample(name);
    }
  }
  return values;
}

function shown(catalog: Catalog, entry: CatalogEntry, locale: string, tone: Tone, values: Record<string, unknown>): FormattedMessage | undefined {
  try {
    return formatMessage(catalog, entry.code, { locale, tone, values });
  } catch {
    return undefined;
  }
}

function userSection(catalog: Catalog, entry: CatalogEntry, locale: string, t: ReferenceLabels): string[] {
  const values = sampleValues(entry);
  const lines = [`## ${t.whatUserSees}`, ''];
  const sample = Object.entries(values).map(([k, v]) => `\`${k}\` = ${v instanceof Date ? t.sampleMoment : `\`${String(v)}\``}`);
  lines.push(t.sampleIntro(sample.join(', ')), '');
  for (const tone of tones) {
    const m = shown(catalog, entry, locale, tone, values);
    lines.push(`### ${t.tones[tone]}${tone === 'neutral' ? ` (${t.defaultTone})` : ''}`, '');
    if (!m) {
      lines.push(t.notRendered, '');
      continue;
    }
    // A code a brand wrote in some locales or tones only: say whose copy the page shows.
    if (m.locale !== locale || m.tone !== tone) lines.push(t.fallback(`${m.locale}/${m.tone}`), '');
    lines.push(`**${escapeMd(m.title)}**`, '', rich(m.description), '');
    for (const step of m.nextSteps) lines.push(`- ${rich(step)}`);
    lines.push('');
    if (m.alternative) lines.push(rich(m.alternative), '');
    // The copy a page shows when the error comes without its values: reviewed like the rest.
    const written = messageSetFor(entry, m.locale, m.tone, catalog.sourceLocale)?.set.withoutValues;
    const bare = written ? shown(catalog, entry, locale, tone, {}) : undefined;
    if (written && bare) {
      lines.push(t.withoutValues, '');
      if (written.description !== undefined) lines.push(rich(bare.description), '');
      if (written.nextSteps !== undefined) {
        for (const step of bare.nextSteps) lines.push(`- ${rich(step)}`);
        lines.push('');
      }
    }
  }
  return lines;
}

function page(catalog: Catalog, entry: CatalogEntry, options: ReferenceOptions, locale: string): string {
  const t = referenceLabels(locale);
  const name = referencePage(entry.code);
  const yes = (b: boolean): string => (b ? t.yes : t.no);
  const args = Object.entries(entry.args ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, type]) => `\`${k}\` (${type})`)
    .join(', ');
  const neutral = shown(catalog, entry, locale, 'neutral', sampleValues(entry));
  const type = `${options.baseUrl ?? '<referenceBaseUrl>'}${name}`;
  const f = t.facts;
  const lines = [
    `# ${entry.code}`,
    '',
    '<!-- Generated by `errata docs` from the catalog. Do not edit: run `npm run docs`. -->',
    '',
    `[${t.allCodes}](README.md)`,
    '',
    '| | |',
    '| --- | --- |',
    `| ${f.status} | ${entry.kind === 'notice' ? `${entry.status} (${t.bannerNotice})` : entry.status} |`,
    `| ${f.category} | ${cell(entry.category)} |`,
    `| ${f.cause} | ${entry.cause} |`,
    `| ${f.recoverability} | ${entry.recoverability} |`,
    `| ${f.severity} | ${entry.severity} |`,
    `| ${f.action} | ${entry.action} |`,
    `| ${f.causeKnown} | ${yes(entry.causeKnown)} |`,
    `| ${f.permanent} | ${yes(entry.permanent)} |`,
    `| ${f.transactional} | ${yes(entry.transactional)} |`,
    `| ${f.bannerTone} | ${entry.bannerTone} |`,
    `| ${f.placeholders} | ${args || t.none} |`,
    '',
    `## ${t.whenItHappens}`,
    '',
    escapeMd(entry.when),
    '',
    ...userSection(catalog, entry, locale, t),
    `## ${t.forPrograms}`,
    '',
    t.forProgramsIntro,
    '',
    '```json',
    JSON.stringify(
      {
        type,
        title: neutral?.title ?? entry.code,
        status: entry.status,
        detail: t.descriptionPlaceholder,
        instance: 'urn:trace:<trace id>',
        code: entry.code,
        traceId: '<trace id>',
      },
      null,
      2,
    ),
    '```',
    '',
    `## ${t.whatOperatorDoes}`,
    '',
    ...(t.operatorNote ? [t.operatorNote, ''] : []),
    `- **${t.operator.summary}:** ${escapeMd(entry.operator.summary)}`,
    `- **${t.operator.component}:** ${escapeMd(entry.operator.component)}`,
    `- **${t.operator.remediation}:** ${escapeMd(entry.operator.remediation)}`,
    `- **${t.operator.runbook}:** ${entry.operator.runbook ? `<${entry.operator.runbook}>` : t.none}`,
    '',
  ];
  return lines.join('\n');
}

/** Links to the index in each other locale, from the index at `from` (the source locale's folder is the top). */
function languageLinks(locales: readonly string[], current: string, source: string): string {
  const href = (locale: string): string => {
    const target = locale === source ? '' : `${locale}/`;
    return current === source ? `${target}README.md` : `../${target}README.md`;
  };
  return locales
    .filter((l) => l !== current)
    .map((l) => `[${referenceLabels(l).languageName} (${l})](${href(l)})`)
    .join(' · ');
}

function index(catalog: Catalog, entries: readonly CatalogEntry[], locale: string, written: readonly string[]): string {
  const t = referenceLabels(locale);
  const [code, status, category, cause, severity, action, title] = t.columns;
  const lines = [
    `# ${t.indexTitle}`,
    '',
    '<!-- Generated by `errata docs` from the catalog. Do not edit: run `npm run docs`. -->',
    '',
    t.indexIntro(tones.length, catalog.locales.join(', ')),
    '',
    ...(written.length > 1 ? [`${t.otherLanguages}: ${languageLinks(written, locale, catalog.sourceLocale)}`, ''] : []),
    `| ${code} | ${status} | ${category} | ${cause} | ${severity} | ${action} | ${title} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const entry of entries) {
    const shownTitle = shown(catalog, entry, locale, 'neutral', sampleValues(entry))?.title ?? '';
    const statusText = entry.kind === 'notice' ? `${entry.status} (${t.notice})` : String(entry.status);
    lines.push(
      `| [${entry.code}](${referencePage(entry.code)}.md) | ${statusText} | ${cell(entry.category)} | ${entry.cause} | ${entry.severity} | ${entry.action} | ${cell(shownTitle)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * Markdown files by path: `README.md` (the index) and `<code-kebab>.md` per code in the source
 * locale, and the same under `<locale>/` for each other locale, in that locale's words.
 */
export function generateReference(catalog: Catalog, options: ReferenceOptions = {}): Map<string, string> {
  // Errors by status then code, notices last: the order a reader scans for a status.
  const entries = catalog.codes
    .map((c) => catalog.get(c))
    .sort((a, b) => Number(a.kind === 'notice') - Number(b.kind === 'notice') || a.status - b.status || a.code.localeCompare(b.code));
  const source = catalog.sourceLocale;
  const written = catalog.locales.filter((l) => l === source || !options.locales || options.locales.includes(l));
  const files = new Map<string, string>();
  for (const locale of written) {
    const dir = locale === source ? '' : `${locale}/`;
    files.set(`${dir}README.md`, index(catalog, entries, locale, written));
    for (const entry of entries) files.set(`${dir}${referencePage(entry.code)}.md`, page(catalog, entry, options, locale));
  }
  return files;
}
