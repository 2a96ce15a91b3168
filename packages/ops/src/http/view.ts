import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorDocument, type ErrorDocumentProps } from '@errata/react';
import { stylesheetFor } from '@errata/react/stylesheet';
import type { ThemeName } from '@errata/tokens';

/**
 * A whole HTML document around one of @errata/react's engineer views (`HealthReport`,
 * `TriageTable`, `TriageEvent`): the same document shell, theme and inlined stylesheet as an
 * error page. Engineers' views are in English, like `DiagnosticsPanel`.
 */
export function renderView(body: ReactElement, title: string, theme: ThemeName, brandName?: string): { html: string; styleHash: string } {
  const sheet = stylesheetFor(theme);
  const props: Omit<ErrorDocumentProps, 'children'> = { lang: 'en', dir: 'ltr', title, theme, stylesheet: sheet, ...(brandName ? { brandName } : {}) };
  const document = createElement(ErrorDocument, props as ErrorDocumentProps, body);
  return { html: `<!DOCTYPE html>${renderToStaticMarkup(document)}`, styleHash: sheet.hash };
}
