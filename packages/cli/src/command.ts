// The shape every `errata` subcommand has, and the one place its arguments are parsed, so each
// command gets the same `--help`, the same strict flags and the same usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: exit status 2, with the help printed. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** What the CLI runs: the module of a command exports one as `command`. */
export interface Command {
  /** Full help text, printed for `--help` and after a usage error. */
  readonly help: string;
  /** Parses `args` (everything after the command name) and runs; resolves to the exit status. */
  run(args: readonly string[]): Promise<number>;
}

export interface CommandSpec<O extends Options> {
  readonly help: string;
  readonly options: O;
  /** How many positional arguments the command takes at most. */
  readonly maxPositionals: number;
  run(values: Parsed<O>['values'], positionals: string[]): Promise<number>;
}

const help = { help: { type: 'boolean', short: 'h' } } as const;

export function defineCommand<const O extends Options>(spec: CommandSpec<O>): Command {
  return {
    help: spec.help,
    async run(args) {
      let parsed: Parsed<O & typeof help>;
      try {
        parsed = parseArgs({ args, options: { ...spec.options, ...help }, allowPositionals: true, strict: true });
      } catch (error) {
        // node:util reports unknown flags and missing values as TypeErrors with ERR_PARSE_ARGS_* codes.
        if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message);
        throw error;
      }
      const { values, positionals } = parsed as { values: Parsed<O>['values'] & { help?: boolean }; positionals: string[] };
      if (values.help === true) {
        process.stdout.write(`${spec.help}\n`);
        return 0;
      }
      if (positionals.length > spec.maxPositionals) {
        throw new UsageError(
          spec.maxPositionals === 0 ? 'This command takes no file.' : `Too many arguments: ${positionals.slice(spec.maxPositionals).join(' ')}.`,
        );
      }
      return spec.run(values, positionals);
    },
  };
}

/** Comma-separated and repeated values as one list (`--locale es,de --locale ar`); none gives `undefined`. */
export function list(values: readonly string[] | undefined): string[] | undefined {
  const out = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return out.length > 0 ? out : undefined;
}

/**
 * Loads a command whose packages are optional peers of the CLI (`errata review` renders pages with
 * @errata/server and React; `npm i -D @errata/cli` alone installs neither), saying what to install
 * when one is missing.
 */
export async function withPeers<T>(load: () => Promise<T>, install: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_MODULE_NOT_FOUND') {
      const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
      throw new Error(`this command needs packages the CLI does not install itself: npm i -D ${install} (${first})`);
    }
    throw error;
  }
}
