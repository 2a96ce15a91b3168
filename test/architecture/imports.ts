import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseSync } from 'oxc-parser';

/**
 * The rule behind `imports.test.ts`: code crosses a package line only by package name. A relative
 * path that leaves its own workspace (into another package, into `test/`, or from a package into
 * repo folders such as `.storybook/` or `docs/`) couples a file to another package's layout and
 * to its own depth; an import of another package's `src/` or `dist/` bypasses its exports map.
 * Repo data is read through `@errata/test/repo` (`repoPath`, `packagePath`) instead.
 *
 * Imports are found by parsing (oxc-parser, which reads TypeScript and JSX), not by searching
 * text, so type-only imports, `import()`, `vi.mock()` and `require()` count and comments do not.
 */

/** A workspace: `dir` relative to the repo root with `/` separators, `''` for the root itself. */
export interface Workspace {
  readonly dir: string;
  readonly name: string;
}

/** A module or file a source file points at, with the 1-based line it is on. */
export interface Reference {
  readonly specifier: string;
  readonly line: number;
  /** `import` for module specifiers; `file` for paths resolved against the file's own location. */
  readonly kind: 'import' | 'file';
}

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly reason: string;
}

/** Folders whose code the rule covers, relative to the repo root. */
export const scannedRoots = ['packages', 'apps', 'test', '.storybook', 'bench'] as const;

const sourceExtensions = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** Installed, built or generated: not ours to check. */
const skippedDirs = new Set(['node_modules', 'dist', 'storybook-static', 'test-results', 'coverage']);

interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A string literal or a template literal without expressions, as its text. */
function stringOf(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string | null } }[];
    return quasi?.value.cooked ?? undefined;
  }
  return undefined;
}

function isIdentifier(node: unknown, name: string): boolean {
  return isNode(node) && node.type === 'Identifier' && node.name === name;
}

/** `object.property` with plain identifiers, e.g. `vi.mock`. */
function isMember(node: unknown, object: string, properties: readonly string[]): boolean {
  return (
    isNode(node) &&
    node.type === 'MemberExpression' &&
    node.computed === false &&
    isIdentifier(node.object, object) &&
    isNode(node.property) &&
    properties.includes(node.property.name as string)
  );
}

/** `import.meta.<property>`. */
function isImportMeta(node: unknown, property: string): boolean {
  return (
    isNode(node) && node.type === 'MemberExpression' && isNode(node.object) && node.object.type === 'MetaProperty' && isIdentifier(node.property, property)
  );
}

const mockCalls = ['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock'];

/** What a node points at, if it is an import or a path built from the file's own location. */
function referenceOf(node: AstNode): { specifier: string; at: number; kind: Reference['kind'] } | undefined {
  const moduleSource = (source: unknown) => {
    const specifier = stringOf(source);
    return specifier === undefined || !isNode(source) ? undefined : { specifier, at: source.start, kind: 'import' as const };
  };
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSImportType':
      return moduleSource(node.source);
    case 'TSExternalModuleReference':
      return moduleSource(node.expression);
    case 'CallExpression': {
      const [first, ...rest] = node.arguments as unknown[];
      const callee = node.callee;
      if (isIdentifier(callee, 'require') || isMember(callee, 'require', ['resolve']) || isMember(callee, 'vi', mockCalls)) {
        return moduleSource(first);
      }
      // join(import.meta.dirname, '..', 'x') / path.resolve(import.meta.dirname, '../x')
      const joins = isIdentifier(callee, 'join') || isIdentifier(callee, 'resolve') || isMember(callee, 'path', ['join', 'resolve']);
      if (joins && (isImportMeta(first, 'dirname') || isIdentifier(first, '__dirname'))) {
        const segments = rest.map(stringOf);
        if (segments.length === 0 || segments.some((segment) => segment === undefined)) return undefined;
        return { specifier: posix.join('.', ...(segments as string[])), at: node.start, kind: 'file' };
      }
      return undefined;
    }
    case 'NewExpression': {
      // new URL('../x', import.meta.url)
      const [first, second] = node.arguments as unknown[];
      const specifier = stringOf(first);
      if (!isIdentifier(node.callee, 'URL') || specifier === undefined || !isImportMeta(second, 'url')) return undefined;
      return { specifier, at: node.start, kind: 'file' };
    }
    default:
      return undefined;
  }
}

/** Every import and file reference in one source file. Throws when the file does not parse. */
export function referencesOf(file: string, source: string): Reference[] {
  const result = parseSync(file, source);
  if (result.errors.length > 0) throw new Error(`${file} does not parse: ${result.errors.map((error) => error.message).join('; ')}`);
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line += 1;
    return line + 1;
  };
  const found: Reference[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (isNode(value)) {
      const reference = referenceOf(value);
      if (reference) found.push({ specifier: reference.specifier, line: lineOf(reference.at), kind: reference.kind });
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(result.program);
  return found;
}

/** The workspace a repo-relative path belongs to: the deepest one whose folder contains it. */
export function ownerOf(path: string, workspaces: readonly Workspace[]): Workspace {
  let owner: Workspace | undefined;
  for (const workspace of workspaces) {
    const contains = workspace.dir === '' || path === workspace.dir || path.startsWith(`${workspace.dir}/`);
    if (contains && (owner === undefined || workspace.dir.length > owner.dir.length)) owner = workspace;
  }
  if (!owner) throw new Error(`No workspace owns ${path}: the root workspace ('') must be listed`);
  return owner;
}

function label(workspace: Workspace): string {
  return workspace.dir === '' ? 'the repo root' : workspace.name;
}

/** What is wrong with each reference of one file (`file` is repo-relative, with `/`). */
export function checkFile(file: string, source: string, workspaces: readonly Workspace[]): Violation[] {
  const own = ownerOf(file, workspaces);
  const names = new Set(workspaces.filter((workspace) => workspace.dir !== '').map((workspace) => workspace.name));
  const violations: Violation[] = [];
  for (const { specifier, line, kind } of referencesOf(file, source)) {
    const report = (reason: string) => violations.push({ file, line, specifier, reason });
    // A file path is relative to the file unless it has a scheme or starts at `/`; a module
    // specifier only when it starts with `.` (anything else is a package name).
    const relative = kind === 'file' ? !/^(?:[a-z][\w+.-]*:|\/)/i.test(specifier) : /^\.\.?(?:\/|$)/.test(specifier);
    if (relative) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target === '..' || target.startsWith('../')) {
        report('leaves the repository');
        continue;
      }
      const owner = ownerOf(target, workspaces);
      if (owner.dir === own.dir) continue;
      report(
        kind === 'import'
          ? `reaches from ${label(own)} into ${target} in ${label(owner)}: import it by package name`
          : `reads ${target} in ${label(owner)} by a path relative to ${label(own)}: use repoPath or packagePath from @errata/test/repo`,
      );
      continue;
    }
    const deep = /^((?:@[^/]+\/)?[^/]+)\/(src|dist)(?:\/|$)/.exec(specifier);
    if (kind === 'import' && deep && names.has(deep[1]!)) report(`imports the ${deep[2]}/ of ${deep[1]}: use what its exports map offers`);
  }
  return violations;
}

/** Every workspace of the repo (each folder with a package.json), and the root itself. */
export function workspacesOf(root: string): Workspace[] {
  const found: Workspace[] = [{ dir: '', name: readName(join(root, 'package.json')) }];
  const visit = (dir: string): void => {
    if (existsSync(join(root, dir, 'package.json'))) found.push({ dir, name: readName(join(root, dir, 'package.json')) });
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && !skippedDirs.has(entry.name) && !entry.name.startsWith('.')) visit(posix.join(dir, entry.name));
    }
  };
  for (const dir of scannedRoots) if (existsSync(join(root, dir))) visit(dir);
  return found;
}

function readName(manifest: string): string {
  const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
  if (typeof name !== 'string') throw new Error(`${manifest} has no name`);
  return name;
}

/** Every source file under the scanned folders, repo-relative with `/`, sorted. */
export function sourceFilesOf(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const child = posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name) && !entry.name.startsWith('.')) walk(child);
      } else if (sourceExtensions.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(child);
      }
    }
  };
  for (const dir of scannedRoots) if (existsSync(join(root, dir))) walk(dir);
  return files.sort();
}

/** Every violation in the repo at `root`. */
export function checkRepo(root: string): Violation[] {
  const workspaces = workspacesOf(root);
  return sourceFilesOf(root).flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8'), workspaces));
}

export function formatViolation({ file, line, specifier, reason }: Violation): string {
  return `${file}:${line}: '${specifier}' ${reason}`;
}
