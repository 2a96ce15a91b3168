// Every `errata` subcommand: one line each. A command's module (and the packages it imports) is
// loaded only when that command runs, so `errata --help` or `errata docs` never load what
// `errata lint` needs. Adding a command is one module in ./commands and one line here.
import type { Command } from './command.js';

export interface CommandEntry {
  /** One line for `errata --help`. */
  readonly summary: string;
  /** Optional peer packages the command renders with; `npm i @errata/cli` alone does not install them. */
  readonly needs?: readonly string[];
  load(): Promise<{ readonly command: Command }>;
}

/** What rendering pages takes: @errata/server and its React peers. */
const renderer = ['@errata/server', '@errata/tokens', 'react', 'react-dom'] as const;

export const commands = {
  lint: { summary: 'lint catalog copy against the tone guide', load: () => import('./commands/lint.js') },
  docs: { summary: 'write the error reference, one markdown page per code', load: () => import('./commands/docs.js') },
  export: { summary: 'write every error page as files, with config for the proxies in front', needs: renderer, load: () => import('./commands/export.js') },
  'serve-errors': {
    summary: 'serve the pages as an error backend for ingress-nginx and Traefik',
    needs: renderer,
    load: () => import('./commands/serve-errors.js'),
  },
  probe: { summary: "check a running service's error responses as a monitoring job would", needs: renderer, load: () => import('./commands/probe.js') },
  review: {
    summary: 'write a static copy review site: every message, its findings and its page',
    needs: [...renderer, '@errata/react'],
    load: () => import('./commands/review.js'),
  },
  token: {
    summary: 'print a short-lived bearer token for triage, health details and diagnostics',
    needs: ['@errata/ops'],
    load: () => import('./commands/token.js'),
  },
} as const satisfies Record<string, CommandEntry>;
