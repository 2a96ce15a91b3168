// `errata`: the command line. Finds the subcommand in the table, loads it, runs it.
// Exit status: 0 done, 1 the command found problems (lint errors, an invalid catalog), 2 a usage
// mistake (unknown command or flag, unreadable file): the relevant help goes to stderr.
import { UsageError, type Command } from './command.js';
import { commands, type CommandEntry } from './commands.js';

const width = Math.max(...Object.keys(commands).map((name) => name.length));
const help = `Usage: errata <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`)
  .join('\n')}

Run \`errata <command> --help\` for a command's options.`;

function entryOf(name: string): CommandEntry | undefined {
  return Object.hasOwn(commands, name) ? commands[name as keyof typeof commands] : undefined;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] !== undefined ? entryOf(rest[0]) : undefined;
    if (topic) return (await load(rest[0] as string, topic)).run(['--help']);
    // Bare `errata` has nothing to do: the help, with a failing status for scripts.
    process.stdout.write(`${help}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = entryOf(name);
  if (!entry) return usageFailure(new UsageError(`Unknown command "${name}".`), help);
  return runCommand(await load(name, entry), rest);
}

/** The command's module; a peer package it needs and the project lacks is named with the install line. */
async function load(name: string, entry: CommandEntry): Promise<Command> {
  try {
    return (await entry.load()).command;
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' ? entry.needs : undefined;
    if (missing) throw new Error(`errata ${name} needs ${missing.join(', ')}, which are not installed: npm i -D ${missing.join(' ')}`);
    throw error;
  }
}

async function runCommand(command: Command, args: readonly string[]): Promise<number> {
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error, command.help);
    throw error;
  }
}

function usageFailure(error: UsageError, text: string): number {
  process.stderr.write(`errata: ${error.message}\n\n${text}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`errata: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
