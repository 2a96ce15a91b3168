import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath, repoRoot } from '@errata/test/repo';
import { checkFile, checkRepo, formatViolation, referencesOf, sourceFilesOf, workspacesOf, type Workspace } from './imports.js';

// Tests cross package lines only by package name (docs/architecture.md, "Build, types, tests").

const workspaces: readonly Workspace[] = [
  { dir: '', name: 'errata-monorepo' },
  { dir: 'packages/catalog', name: '@errata/catalog' },
  { dir: 'packages/react', name: '@errata/react' },
  { dir: 'packages/server', name: '@errata/server' },
  { dir: 'apps/demo', name: '@errata/demo' },
  { dir: 'test', name: '@errata/test' },
];

const check = (file: string, source: string) => checkFile(file, source, workspaces).map(formatViolation);

// The fixtures are source text whose imports cross package lines on purpose. Their `../` runs are
// spelled with `up(n)`, so this file never reads as such an import itself to a text search.
const up = (levels: number) => '../'.repeat(levels);

describe('the import rule', () => {
  it('refuses a relative import from a package into test/, naming file and line', () => {
    const source = `import { describe } from 'vitest';\nimport { secrets } from '${up(3)}test/corpora/corpora.js';\n`;
    expect(check('packages/server/src/redaction.test.ts', source)).toEqual([
      `packages/server/src/redaction.test.ts:2: '${up(3)}test/corpora/corpora.js' reaches from @errata/server into test/corpora/corpora.js in @errata/test: import it by package name`,
    ]);
  });

  it('refuses relative paths into another package, whatever form the import takes', () => {
    const source = [
      `import type { ErrorInfo } from '${up(2)}packages/server/src/safety/error-info.js';`,
      `export * from '${up(2)}packages/catalog/src/index.js';`,
      `export { startDemo } from '${up(2)}apps/demo/src/demo.js';`,
      `const lazy = await import('${up(2)}packages/react/src/index.js');`,
      `type Lazy = typeof import('${up(2)}packages/react/src/index.js');`,
      `vi.mock('${up(2)}packages/server/src/report.js');`,
      `const cjs = require('${up(2)}packages/server/src/index.js');`,
      `const templated = await import(\`${up(2)}apps/demo/src/scenarios.js\`);`,
    ].join('\n');
    const lines = checkFile('test/security/normalise.test.ts', source, workspaces).map((violation) => violation.line);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses a package reaching into repo folders such as .storybook/ and docs/', () => {
    const story = `import { sampleLinks } from '${up(4)}.storybook/catalog-samples.js';`;
    expect(check('packages/react/src/CatalogErrorPage/CatalogErrorPage.stories.tsx', story)).toEqual([
      `packages/react/src/CatalogErrorPage/CatalogErrorPage.stories.tsx:1: '${up(4)}.storybook/catalog-samples.js' reaches from @errata/react into .storybook/catalog-samples.js in the repo root: import it by package name`,
    ]);
    const reads = [
      `const guide = readFileSync(join(import.meta.dirname, '${up(4)}docs/tone-guide.md'), 'utf8');`,
      "const dir = join(import.meta.dirname, '..', '..', 'storybook-static');",
      `const readme = new URL('${up(2)}packages/server/README.md', import.meta.url);`,
    ];
    expect(checkFile('packages/catalog/src/lint/tone-guide.test.ts', reads[0]!, workspaces)[0]?.reason).toMatch(
      /^reads docs\/tone-guide\.md in the repo root by a path relative to @errata\/catalog: use repoPath or packagePath/,
    );
    expect(checkFile('test/helpers/storybook.ts', reads[1]!, workspaces)[0]?.reason).toMatch(
      /^reads storybook-static in the repo root by a path relative to @errata\/test/,
    );
    expect(checkFile('test/frameworks/readme.test.ts', reads[2]!, workspaces)[0]?.reason).toMatch(/^reads packages\/server\/README\.md in @errata\/server/);
  });

  it('refuses repo-root code (Storybook, bench) reaching into a package or test/ by path', () => {
    expect(check('.storybook/preview.tsx', `import { axeRunOptions } from '${up(1)}test/helpers/axe-policy.js';`)).toHaveLength(1);
    expect(check('bench/render.mjs', `import { createErrata } from '${up(1)}packages/server/dist/index.js';`)).toHaveLength(1);
  });

  it('refuses a path that leaves the repository', () => {
    expect(check('bench/run.mjs', `import '${up(2)}shared/bench.mjs';`)).toEqual([`bench/run.mjs:1: '${up(2)}shared/bench.mjs' leaves the repository`]);
  });

  it("refuses another package's src/ or dist/ by name", () => {
    expect(check('test/corpora/throwables.ts', "import { ErrataError } from '@errata/server/src/errata-error.js';")).toEqual([
      "test/corpora/throwables.ts:1: '@errata/server/src/errata-error.js' imports the src/ of @errata/server: use what its exports map offers",
    ]);
    expect(check('bench/cold/errata.mjs', "import '@errata/react/dist/index.js';")).toHaveLength(1);
  });

  it('allows package names, exports subpaths, paths inside the own workspace, and mentions in comments or strings', () => {
    const source = [
      "import { createErrata } from '@errata/server';",
      "import { errataNode } from '@errata/server/node';",
      "import { parsePage } from '@errata/test/page';",
      "import { normalise } from './normalise.js';",
      "import type { ErrorInfo } from '../safety/error-info.js';",
      "const pkg = new URL('../package.json', import.meta.url);",
      "const fixtures = join(import.meta.dirname, 'lint/corpus/fixtures');",
      "const site = new URL('https://example.com/x', import.meta.url);",
      `// import { x } from '${up(3)}test/helpers/page.js';`,
      `const note = "see '${up(3)}test/corpora' for the data";`,
      "vi.mock('react-dom/server');",
    ].join('\n');
    expect(check('packages/server/src/render/render.test.ts', source)).toEqual([]);
    expect(check('test/browser/storybook.browser.test.ts', "import { StoryViewer } from '../helpers/storybook-page.js';")).toEqual([]);
    expect(check('.storybook/preview.tsx', "import './preview.css';")).toEqual([]);
  });

  it('counts lines in UTF-16 text as an editor does', () => {
    const source = `const title = 'الصفحة غير موجودة 😀';\n\nimport { x } from '${up(3)}test/helpers/mini-catalog.js';`;
    expect(referencesOf('packages/server/src/a.test.ts', source)).toEqual([{ specifier: `${up(3)}test/helpers/mini-catalog.js`, line: 3, kind: 'import' }]);
  });

  it('fails loudly on a file it cannot parse, rather than passing it unchecked', () => {
    expect(() => referencesOf('packages/server/src/broken.ts', "import { from '../x.js';")).toThrow(/does not parse/);
  });
});

describe('this repo', () => {
  it('finds every npm workspace the root package.json declares', () => {
    const declared = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
    const found = workspacesOf(repoRoot).map((workspace) => workspace.dir);
    for (const pattern of declared) {
      const matches = pattern.endsWith('/*') ? found.filter((dir) => dir.startsWith(pattern.slice(0, -1))) : found.filter((dir) => dir === pattern);
      expect(matches, pattern).not.toEqual([]);
    }
  });

  it('scans the code of every package, app, test, Storybook and bench folder', () => {
    const files = sourceFilesOf(repoRoot);
    for (const expected of [
      'packages/server/src/create-errata.ts',
      'apps/demo/src/main.ts',
      'test/helpers/repo.ts',
      '.storybook/preview.tsx',
      'bench/run.mjs',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.filter((file) => /(^|\/)(node_modules|dist)\//.test(file))).toEqual([]);
  });

  it('has no import that crosses a package line except by package name', () => {
    expect(checkRepo(repoRoot).map(formatViolation)).toEqual([]);
  });
});
