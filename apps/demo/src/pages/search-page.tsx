import { withPreferences, type Preferences } from '../preferences.js';
import type { SearchResult } from '../search-client.js';
import { renderPage, type InlineStyle, type RenderedPage } from './layout.js';

export interface SearchView {
  query: string;
  results?: readonly SearchResult[];
  /** Present when the results are saved ones: the banner fragment and its stylesheet. */
  banner?: { html: string; style: InlineStyle };
  /** When the upstream started failing (the breaker's open time once it opened). */
  degradedSince?: Date;
}

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

export function searchPage(prefs: Preferences, view: SearchView): RenderedPage {
  const styles = view.banner ? [view.banner.style] : [];
  return renderPage({
    prefs,
    title: 'Search articles',
    styles,
    children: (
      <>
        {view.banner ? (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: renderBanner's markup, built by @errata/react and escaped there; the demo shows how a non-React template embeds it.
          <div className="demo-banner-slot" dangerouslySetInnerHTML={{ __html: view.banner.html }} />
        ) : null}
        <h1>Search articles</h1>
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; role="search" on the form is. */}
        <form method="get" action="/search" role="search">
          {prefs.theme !== 'auto' ? <input type="hidden" name="theme" value={prefs.theme} /> : null}
          {prefs.tone !== 'neutral' ? <input type="hidden" name="tone" value={prefs.tone} /> : null}
          {prefs.lang ? <input type="hidden" name="lang" value={prefs.lang} /> : null}
          <div className="demo-field">
            <label htmlFor="q">Search articles</label>
            <input id="q" name="q" type="search" defaultValue={view.query} />
          </div>
          <button type="submit">Search</button>
        </form>
        {view.results ? (
          <>
            <h2>Results</h2>
            {view.degradedSince ? <p className="demo-muted">Search has been degraded since {time.format(view.degradedSince)}.</p> : null}
            {view.results.length === 0 ? (
              <p>No articles match “{view.query}”.</p>
            ) : (
              <ul>
                {view.results.map((r) => (
                  <li key={r.title}>{r.title}</li>
                ))}
              </ul>
            )}
          </>
        ) : null}
        <p>
          <a href={withPreferences('/#upstream', prefs)}>Switch the upstream</a>
        </p>
      </>
    ),
  });
}
