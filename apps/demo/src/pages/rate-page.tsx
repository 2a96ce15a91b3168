import { withPreferences, type Preferences } from '../preferences.js';
import { renderPage, type RenderedPage } from './layout.js';

export function rateAllowedPage(prefs: Preferences, remaining: number, limit: { points: number; seconds: number }): RenderedPage {
  return renderPage({
    prefs,
    title: 'Request allowed',
    children: (
      <>
        <h1>Request allowed</h1>
        <p>
          This page allows {limit.points} requests every {limit.seconds} seconds. You have {remaining} left in this window.
        </p>
        <p>
          <a href={withPreferences('/rate-limited', prefs)}>Load it again</a>
        </p>
      </>
    ),
  });
}
