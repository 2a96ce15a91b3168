// Traefik has no file server: its errors middleware asks a service for the page, with the status
// in the path and the client's headers copied, and answers with the original status. That
// service is `errata serve-errors`.
import { configFile } from '../layout.js';
import { ranges, type Snippet, type SnippetContext } from './context.js';

export function traefikSnippets(ctx: SnippetContext): Snippet[] {
  const content = [
    `# errata (written by \`errata export\`): Traefik dynamic configuration (file provider). Run`,
    `# \`errata serve-errors\` at ${ctx.errorBackend.origin} and add \`errata-errors@file\` to each router's middlewares.`,
    'http:',
    '  middlewares:',
    '    errata-errors:',
    '      errors:',
    '        status:',
    ...ranges(ctx.intercept).map((range) => `          - "${range}"`),
    '        service: errata-errors',
    '        query: "/{status}"',
    '  services:',
    '    errata-errors:',
    '      loadBalancer:',
    '        servers:',
    `          - url: "${ctx.errorBackend.origin}"`,
    '',
  ];
  return [
    {
      proxy: 'traefik',
      path: configFile('traefik', 'errata.yml'),
      content: content.join('\n'),
      use: "file provider; add errata-errors@file to your routers' middlewares",
    },
  ];
}
