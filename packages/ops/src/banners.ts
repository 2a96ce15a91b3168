import Negotiator from 'negotiator';
import type { Catalog, Tone } from '@errata/catalog';
import type { BannerOptions, BannerResult } from '@errata/server';
import type { DependencyState } from './dependencies/registry.js';
import { headerOf, type OpsRequest } from './http/request.js';

/** What `renderBanner` the banners need: an errata instance. */
export interface BannerRenderer {
  renderBanner(code: string, options?: BannerOptions): BannerResult;
}

export interface StateBanner extends BannerResult {
  /** The notice code (`DEGRADED`, `READ_ONLY`, ...). */
  readonly code: string;
}

export interface BannersOptions {
  readonly tone?: Tone;
  readonly dismissHref?: string;
}

function localeOf(catalog: Catalog, request: Pick<OpsRequest, 'headers'> | undefined): string | undefined {
  const accept = headerOf(request?.headers, 'accept-language');
  if (!accept) return undefined;
  try {
    return new Negotiator({ headers: { 'accept-language': accept.slice(0, 512) } }).language([...catalog.locales]);
  } catch {
    return undefined;
  }
}

/**
 * The banners a normal page should show now: one per notice code among the dependencies that
 * are not healthy (default `DEGRADED`), with `since` the earliest of them and, when a circuit
 * will let a trial through, `availableAt`; in the request's language (its `Accept-Language`
 * among the catalog's locales) and the instance's tone. Rendered by `errata.renderBanner`, so
 * the markup is @errata/react's `CatalogBanner` and the host only places it.
 */
export function bannersFor(
  states: readonly DependencyState[],
  catalog: Catalog,
  errata: BannerRenderer,
  request?: Pick<OpsRequest, 'headers'>,
  options: BannersOptions = {},
): StateBanner[] {
  const byCode = new Map<string, { since: Date; retryAt?: Date }>();
  for (const s of states) {
    if (s.status === 'healthy' || s.banner === false || !catalog.has(s.banner)) continue;
    const seen = byCode.get(s.banner);
    const since = seen && seen.since < s.since ? seen.since : s.since;
    const retryAt = [seen?.retryAt, s.retryAt].filter((d): d is Date => d !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
    byCode.set(s.banner, { since, ...(retryAt ? { retryAt } : {}) });
  }
  const locale = localeOf(catalog, request);
  const banners: StateBanner[] = [];
  // In catalog order, so a page's banners never reshuffle between requests.
  for (const entry of catalog.entries) {
    const found = byCode.get(entry.code);
    if (!found) continue;
    const values = { since: found.since, ...(found.retryAt ? { availableAt: found.retryAt } : {}) };
    const result = errata.renderBanner(entry.code, {
      values,
      ...(locale ? { locale } : {}),
      ...(options.tone ? { tone: options.tone } : {}),
      ...(options.dismissHref ? { dismissHref: options.dismissHref } : {}),
    });
    banners.push({ code: entry.code, ...result });
  }
  return banners;
}
