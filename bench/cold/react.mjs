// Cold start, baseline: import react-dom/server and render the same component tree, in a fresh
// process. The tree's own modules (@errata/react, the catalog for the copy) load here as well:
// without us a user would still need a component and its words.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { builtinCatalog, formatMessage, uiStrings } from '@errata/catalog';
import { CatalogErrorPage, ErrorDocument } from '@errata/react';
import { stylesheet } from '@errata/react/stylesheet';

const message = formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'en', tone: 'neutral' });
const tree = createElement(
  ErrorDocument,
  { lang: 'en', dir: message.dir, title: message.title, theme: 'auto', stylesheet },
  createElement(CatalogErrorPage, { message, entry: builtinCatalog.get('NOT_FOUND'), links: { home: '/' }, traceId: 'a'.repeat(32), ui: uiStrings('en') }),
);
process.stdout.write(String(`<!DOCTYPE html>${renderToString(tree)}`.length));
