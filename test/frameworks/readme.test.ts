import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '@errata/test/repo';

const readme = readFileSync(packagePath('@errata/server', 'README.md'), 'utf8');
const dir = new URL('./examples/', import.meta.url);

describe('packages/server/README.md', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('has an example for every adapter', () => {
    expect(files.sort()).toEqual(['express.ts', 'fastify.ts', 'fetch.ts', 'hono.ts', 'koa.ts', 'node.ts']);
  });
  for (const file of files) {
    it(`contains ${file} verbatim in a ts code block`, () => {
      const code = readFileSync(new URL(file, dir), 'utf8').trimEnd();
      expect(readme).toContain(`\`\`\`ts\n${code}\n\`\`\``);
    });
  }
});
