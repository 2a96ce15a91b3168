import type { CatalogEntryFacts, LinkKey, PageUiStrings, RichText } from '../private/contracts.js';
import { isLinkPart } from '../RichTextView/richTextHtml.js';
import { safeHref } from '../safeHref/safeHref.js';

export type PageLinks = Readonly<Partial<Record<LinkKey, string>>>;

/**
 * The links the main action may use: the configured ones, plus the per-request targets a host
 * cannot configure: "try again" goes to the request's own path, "go back" to the page the person
 * came from (a same-origin referrer), unless the host set them.
 */
export function actionLinks(links: PageLinks, currentHref: string | undefined, backHref: string | undefined): PageLinks {
  const retry = actionTarget(links, 'retry', currentHref, backHref);
  const back = actionTarget(links, 'back', currentHref, backHref);
  return { ...links, ...(retry !== undefined ? { retry } : {}), ...(back !== undefined ? { back } : {}) };
}

/** Where a step's link goes: the configured link; for "try again" and "go back" without one, the request's own. */
export function actionTarget(links: PageLinks, tag: LinkKey, currentHref: string | undefined, backHref: string | undefined): string | undefined {
  if (tag === 'retry' && links.retry === undefined) return currentHref;
  if (tag === 'back' && links.back === undefined) return backHref;
  return Object.hasOwn(links, tag) ? links[tag] : undefined;
}

/** A link text as a button label: the catalog writes it mid-sentence ("then <link>try again</link>"). */
export function actionLabel(text: string, locale: string): string {
  if (text === '') return text;
  const first = String.fromCodePoint(text.codePointAt(0) as number);
  try {
    return first.toLocaleUpperCase(locale) + text.slice(first.length);
  } catch {
    return first.toUpperCase() + text.slice(first.length);
  }
}

/** The first link of a next step (every link in `nextSteps` has the entry's one link key). */
export function stepLink(step: RichText | undefined): { tag: LinkKey; children: string } | undefined {
  if (!Array.isArray(step)) return undefined;
  for (const part of step as readonly unknown[]) if (isLinkPart(part)) return part;
  return undefined;
}

/**
 * Which next step is the page's main action: the first step that links somewhere, when that link
 * has a target. The catalog writes the action the entry asks for as that step ("<link>Sign
 * in</link>, then open this page again."); the page shows it once, as its button, not again as a
 * bullet. `-1`: the first linking step has no target (it stays a plain bullet), or no step links.
 */
export function mainActionStep(steps: readonly RichText[], links: PageLinks): number {
  if (!Array.isArray(steps)) return -1;
  for (let i = 0; i < steps.length; i++) {
    const part = stepLink(steps[i]);
    if (part === undefined) continue;
    return safeHref(Object.hasOwn(links, part.tag) ? links[part.tag] : undefined) === undefined ? -1 : i;
  }
  return -1;
}

/** Whether any next step links somewhere (then the steps, not the entry's action, decide the button). */
export function stepsLink(steps: readonly RichText[]): boolean {
  return Array.isArray(steps) && steps.some((step) => stepLink(step) !== undefined);
}

/**
 * The button for a message whose steps link nowhere (custom catalogs): what the entry asks the
 * user to do (retry or wait: try again; sign in; go back), if there is somewhere to do it, else
 * the home page.
 */
export function primaryActionFor(entry: CatalogEntryFacts, ui: PageUiStrings, links: PageLinks): { label: string; href: string } {
  const candidate = (label: string, href: string | undefined) => {
    const safe = safeHref(href);
    return safe === undefined ? undefined : { label, href: safe };
  };
  const chosen =
    entry.action === 'retry' || entry.action === 'wait'
      ? candidate(ui.tryAgain, links.retry)
      : entry.action === 'sign-in'
        ? candidate(ui.signIn, links.signIn)
        : entry.action === 'go-back' || entry.action === 'fix-input'
          ? candidate(ui.goBack, links.back)
          : undefined;
  return chosen ?? candidate(ui.home, links.home) ?? { label: ui.home, href: '/' };
}

/**
 * The separate status-page link, for failures on our side only, and only when no field of the
 * message already links to the status page (it would say the same thing twice).
 */
export function statusHrefFor(entry: CatalogEntryFacts, links: PageLinks): string | undefined {
  if (entry.cause === 'client') return undefined;
  if (Object.values(entry.links ?? {}).includes('status')) return undefined;
  return links.status;
}

/**
 * Whether the retry notice adds anything: not when the message itself says when (its placeholders
 * take the moment), which would give the time twice.
 */
export function showsRetryNotice(entry: CatalogEntryFacts): boolean {
  const args = entry.args ?? {};
  return !Object.hasOwn(args, 'availableAt') && !Object.hasOwn(args, 'retryAt');
}

/**
 * The support link with the reference in a query parameter (`?ref=<id>`), so a support form can
 * be filled in for the person. Appended as text before any fragment, after `safeHref`: the
 * configured URL is kept exactly as it was, and the value is percent-encoded (`'` too, so parsing
 * the result again changes nothing).
 */
export function withReference(href: string | undefined, traceId: string, param: string | undefined): string | undefined {
  const safe = safeHref(href);
  if (safe === undefined || !param || !traceId) return safe;
  const hash = safe.indexOf('#');
  const [base, fragment] = hash === -1 ? [safe, ''] : [safe.slice(0, hash), safe.slice(hash)];
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${joiner}${encodeQuery(param)}=${encodeQuery(traceId)}${fragment}`;
}

export function encodeQuery(value: string): string {
  return encodeURIComponent(value).replaceAll("'", '%27');
}

/** A validation error's field, as an `id` to link to: a single token, as HTML ids are. */
export function fieldAnchor(path: string | undefined): string | undefined {
  return typeof path === 'string' && /^[A-Za-z][\w:.-]{0,127}$/.test(path) ? path : undefined;
}
