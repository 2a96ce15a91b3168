// Every `errata` subcommand: one line each. A command's module (and the packages it imports) is
// loaded only when that command runs, so `errata --help` or `errata docs` never load what
// `errata lint` needs. Adding a command is one module in ./commands and one line here.
import type { Command } from './command.js';

export interface CommandEntry {
  /** One line for `errata --help`. */
  readonly summary: string;
  load(): Promise<{ readonly command: Command }>;
}

export const commands = {
  lint: { summary: 'lint catalog copy against the tone guide', load: () => import('./commands/lint.js') },
  docs: { summary: 'write the error reference, one markdown page per code', load: () => import('./commands/docs.js') },
  token: { summary: 'print a short-lived bearer token for triage, health details and diagnostics', load: () => import('./commands/token.js') },
} as const satisfies Record<string, CommandEntry>;
