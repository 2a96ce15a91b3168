// Rules that compare message sets with each other: ST-04 (same help everywhere), IC-01 (same
// arguments in every tone and locale of a code) and TN-09 (friendly does not mix can't/cannot).
import type { MessageContext, RawFinding } from '../context.js';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { mixedNegation } from './tone.js';

export type CatalogEmit = (ctx: MessageContext, finding: RawFinding) => void;

function firstTagText(elements: readonly MessageFormatElement[]): string | undefined {
  for (const el of elements) {
    if (el.type === TYPE.tag) {
      return el.children
        .map((c) => (c.type === TYPE.literal ? c.value : c.type === TYPE.argument ? `{${c.value}}` : ''))
        .join('')
        .trim();
    }
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      for (const o of Object.values(el.options)) {
        const t = firstTagText(o.value);
        if (t !== undefined) return t;
      }
    }
  }
  return undefined;
}

function helpTarget(ctx: MessageContext): string | undefined {
  const alt = ctx.fields.find((f) => f.kind === 'alternative');
  if (!alt?.parsed.ok) return undefined;
  const link = ctx.entry.links?.alternative;
  const contactArgs = [...alt.parsed.args.keys()].filter((n) => /phone|email|support|contact|help/i.test(n)).sort();
  if (link && firstTagText(alt.parsed.ast) !== undefined) return `link:${link}`;
  if (contactArgs.length > 0) return `args:${contactArgs.join('+')}`;
  return 'none';
}

function majority(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Lower case by the locale's rules (Turkish dotted i), or the default ones for a tag Intl refuses. */
function lowerCase(text: string, locale: string): string {
  try {
    return text.toLocaleLowerCase(locale);
  } catch {
    return text.toLowerCase();
  }
}

export function consistentHelp(all: readonly MessageContext[], emit: CatalogEmit): void {
  const groups = new Map<string, MessageContext[]>();
  for (const ctx of all) {
    if (ctx.entry.kind === 'notice') continue;
    const key = `${ctx.locale}\u0000${ctx.tone}`;
    groups.set(key, [...(groups.get(key) ?? []), ctx]);
  }
  for (const group of groups.values()) {
    const withAlt = group.map((ctx) => ({ ctx, target: helpTarget(ctx) })).filter((x): x is { ctx: MessageContext; target: string } => x.target !== undefined);
    if (withAlt.length < 2) continue;
    const usual = majority(withAlt.map((x) => x.target));
    const wordings = withAlt
      .map((x) => ({ ...x, wording: firstTagText((x.ctx.fields.find((f) => f.kind === 'alternative')!.parsed as { ast: MessageFormatElement[] }).ast) }))
      .filter((x) => x.target === usual && x.target.startsWith('link:'));
    // "Contact support" opening a sentence and "contact support" inside one are the same words.
    const same = (w: string | undefined): string => lowerCase((w ?? '').replace(/\s+/g, ' ').trim(), group[0]!.locale);
    const usualWording = majority(wordings.map((x) => same(x.wording)));
    for (const x of withAlt) {
      const alt = x.ctx.fields.find((f) => f.kind === 'alternative')!;
      if (x.target !== usual) {
        emit(x.ctx, {
          ruleId: 'ST-04',
          severity: 'warning',
          field: 'alternative',
          text: alt.source,
          message: `The help route here (${x.target}) differs from the other codes in ${x.ctx.locale}/${x.ctx.tone} (${usual}). Offer the same help everywhere.`,
        });
      }
    }
    for (const x of wordings) {
      if (usualWording !== undefined && same(x.wording) !== usualWording) {
        const usualText = wordings.find((w) => same(w.wording) === usualWording)?.wording ?? usualWording;
        const alt = x.ctx.fields.find((f) => f.kind === 'alternative')!;
        emit(x.ctx, {
          ruleId: 'ST-04',
          severity: 'warning',
          field: 'alternative',
          text: alt.source,
          message: `The help link says “${x.wording}” here but “${usualText}” in most codes. Word it the same way everywhere.`,
          expected: usualText,
        });
      }
    }
  }
}

const KIND: Record<string, string> = { number: 'number', date: 'moment', time: 'moment', select: 'text', string: 'text' };

/** `{x}` fits any type; a date placeholder may be shown as a date in one locale and a time in another. */
function compatible(a: string, b: string): boolean {
  return a === 'simple' || b === 'simple' || KIND[a] === KIND[b];
}

function argsOf(ctx: MessageContext): Map<string, string> {
  const args = new Map<string, string>();
  for (const f of ctx.fields) {
    if (!f.parsed.ok) continue;
    for (const [k, v] of f.parsed.args) if (!args.has(k) || args.get(k) === 'simple') args.set(k, v);
  }
  return args;
}

const show = (args: Map<string, string>): string => [...args.keys()].sort().join(', ') || 'none';

export function consistentArguments(all: readonly MessageContext[], emit: CatalogEmit): void {
  const byCode = new Map<string, MessageContext[]>();
  for (const ctx of all) byCode.set(ctx.code, [...(byCode.get(ctx.code) ?? []), ctx]);
  for (const group of byCode.values()) {
    const reference = group.find((c) => c.english && c.tone === 'neutral') ?? group[0];
    if (!reference) continue;
    const expected = argsOf(reference);
    for (const ctx of group) {
      if (ctx === reference || ctx.fields.some((f) => !f.parsed.ok)) continue;
      const got = argsOf(ctx);
      const names = new Set([...expected.keys(), ...got.keys()]);
      const differs = [...names].filter((n) => !expected.has(n) || !got.has(n) || !compatible(expected.get(n)!, got.get(n)!));
      if (differs.length > 0) {
        emit(ctx, {
          ruleId: 'IC-01',
          severity: 'error',
          field: '*',
          text: show(got),
          message: `Placeholders differ from ${reference.locale}/${reference.tone} (${differs.map((n) => `{${n}}`).join(', ')}): every tone and locale of a code takes the same arguments.`,
          expected: show(expected),
        });
      }
    }
  }
}

export function friendlyNegation(all: readonly MessageContext[], emit: CatalogEmit): void {
  const byLocale = new Map<string, MessageContext[]>();
  for (const ctx of all) if (ctx.english && ctx.tone === 'friendly') byLocale.set(ctx.locale, [...(byLocale.get(ctx.locale) ?? []), ctx]);
  for (const group of byLocale.values()) {
    const all = mixedNegation(group.flatMap((c) => c.fields.map((f) => f.source)));
    if (!all.contracted || !all.full) continue;
    for (const ctx of group) {
      const own = mixedNegation(ctx.fields.map((f) => f.source));
      if (own.full)
        emit(ctx, {
          ruleId: 'TN-09',
          severity: 'warning',
          field: '*',
          text: 'cannot',
          message: 'The friendly copy mixes “can’t” and “cannot”. Pick one (friendly: “can’t”).',
          expected: 'can’t',
        });
    }
  }
}
