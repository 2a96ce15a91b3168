import type { CatalogEntryFacts, LinkKey, PageUiStrings } from '../private/contracts.js';
import type { IllustrationKind } from '../private/Illustration.js';
import { safeHref } from '../safeHref/safeHref.js';

export type PageLinks = Readonly<Partial<Record<LinkKey, string>>>;

/** The picture that matches what the user faces (and can do). */
export function illustrationFor(entry: CatalogEntryFacts): IllustrationKind {
  if (entry.status === 404 || entry.status === 410) return 'not-found';
  if (entry.action === 'sign-in' || entry.status === 401) return 'sign-in';
  if (entry.status === 403) return 'forbidden';
  if (entry.action === 'wait' || entry.status === 429) return 'wait';
  if (entry.category === 'maintenance' || (entry.status === 503 && entry.category === 'availability')) return 'maintenance';
  if (entry.cause === 'upstream') return 'dependency';
  return 'broken';
}

/**
 * The one prominent link: what the entry asks the user to do (retry or wait: try again; sign in;
 * go back), if there is somewhere to do it,
 * else the home page. `currentHref` is where "Try again" goes when no retry link is configured.
 */
export function primaryActionFor(entry: CatalogEntryFacts, ui: PageUiStrings, links: PageLinks, currentHref?: string): { label: string; href: string } {
  const candidate = (label: string, href: string | undefined) => {
    const safe = safeHref(href);
    return safe === undefined ? undefined : { label, href: safe };
  };
  // After a wait the thing to do is the same as after a transient failure: try the page again.
  const chosen =
    entry.action === 'retry' || entry.action === 'wait'
      ? candidate(ui.tryAgain, links.retry ?? currentHref)
      : entry.action === 'sign-in'
        ? candidate(ui.signIn, links.signIn)
        : entry.action === 'go-back'
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
