import { scenarios } from '../scenarios.js';
import { demoLanguages, demoThemes, demoTones, languageLabels, themeLabels, withPreferences, type Preferences } from '../preferences.js';
import { upstreamModes, type UpstreamMode } from '../upstream.js';
import type { DependencyStatus, OpsPaths } from '@errata/ops';
import type { BreakerState } from '../search-client.js';
import { renderPage, type RenderedPage } from './layout.js';

const modeDescriptions: Record<UpstreamMode, string> = {
  healthy: 'answers at once',
  slow: 'answers after the timeout',
  flapping: 'fails every other request',
  down: 'drops every connection',
};

export function indexPage(
  prefs: Preferences,
  upstream: { mode: UpstreamMode; breaker: BreakerState; status?: DependencyStatus },
  paths: OpsPaths,
): RenderedPage {
  const endpoints = [
    [paths.livez, 'liveness: the process can serve'],
    [paths.readyz, 'readiness: every critical dependency is usable (add ?verbose)'],
    [paths.metrics, 'Prometheus metrics'],
    [paths.errors, 'recent errors by code (needs a viewer token from errata token)'],
  ].filter((e): e is [string, string] => typeof e[0] === 'string');
  const link = (path: string) => withPreferences(path, prefs);
  return renderPage({
    prefs,
    title: 'Errata demo',
    children: (
      <>
        <h1>Errata demo</h1>
        <p>
          Each link below fails on purpose. People get an accessible, branded page; programs calling the API routes get <code>application/problem+json</code>.
        </p>

        <h2 id="scenarios">Error pages</h2>
        <ul>
          {scenarios.map((s) => (
            <li key={s.id}>
              <a href={link(s.path)}>{s.label}</a>{' '}
              <span className="demo-muted">
                ({s.status}): {s.description}
              </span>
            </li>
          ))}
        </ul>

        <h2 id="api">API routes (problem+json)</h2>
        <ul>
          {scenarios.map((s) => (
            <li key={s.id}>
              <a href={link(s.apiPath)}>
                <code>{s.apiPath}</code>
                <span className="visually-hidden"> ({s.label})</span>
              </a>
            </li>
          ))}
          <li>
            <a href={link('/api/search?q=error')}>
              <code>/api/search?q=error</code>
              <span className="visually-hidden"> (search through the upstream)</span>
            </a>
          </li>
        </ul>

        <h2 id="upstream">Upstream and circuit breaker</h2>
        <p>
          <a href={link('/search?q=error')}>Search</a> calls a second server with a 1 second timeout, retries with exponential backoff and jitter, and a circuit
          breaker. When the breaker is open, search shows saved results under a banner.
        </p>
        <p>
          The upstream is <strong>{upstream.mode}</strong> ({modeDescriptions[upstream.mode]}). The breaker is <strong>{upstream.breaker}</strong>.
          {upstream.status ? (
            <>
              {' '}
              The search dependency is <strong>{upstream.status}</strong>.
            </>
          ) : null}
        </p>
        <ul className="demo-inline-forms" aria-label="Switch the upstream">
          {upstreamModes.map((mode) => (
            <li key={mode}>
              <form method="post" action={link('/upstream/mode')}>
                <input type="hidden" name="set" value={mode} />
                <button type="submit" aria-pressed={mode === upstream.mode}>
                  Make it {mode}
                </button>
              </form>
            </li>
          ))}
        </ul>

        <h2 id="operations">Health, metrics and triage</h2>
        <ul>
          {endpoints.map(([path, what]) => (
            <li key={path}>
              <a href={path}>
                <code>{path}</code>
              </a>{' '}
              <span className="demo-muted">({what})</span>
            </li>
          ))}
        </ul>

        <h2 id="settings">Preview settings</h2>
        <p>Applied to every page you open from here, through the query string.</p>
        <form method="get" action="/" className="demo-settings">
          <div>
            <label htmlFor="theme">Theme</label>
            <select id="theme" name="theme" defaultValue={prefs.theme}>
              {demoThemes.map((t) => (
                <option key={t} value={t}>
                  {themeLabels[t]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="tone">Tone</label>
            <select id="tone" name="tone" defaultValue={prefs.tone}>
              {demoTones.map((t) => (
                <option key={t} value={t}>
                  {t[0]?.toUpperCase()}
                  {t.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="lang">Language of error pages</label>
            <select id="lang" name="lang" defaultValue={prefs.lang ?? ''}>
              <option value="">From the browser</option>
              {demoLanguages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageLabels[l]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit">Apply</button>
          </div>
        </form>
      </>
    ),
  });
}
