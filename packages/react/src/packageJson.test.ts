import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  sideEffects: string[];
  exports: Record<string, Record<string, string> | string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dependencies?: Record<string, string>;
};

// A bundler that believes a `.css.ts` import is side-effect free drops it, and the component
// renders with class names but no styles. Lock the declaration.
describe('@errata/react package.json', () => {
  test('declares the style modules as side effects', () => {
    expect(pkg.sideEffects).toEqual(expect.arrayContaining(['**/*.css.ts', '**/*.css']));
  });

  test('lists types first in every conditional export', () => {
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      expect(Object.keys(target)[0], path).toBe('types');
    }
  });

  test('React is a peer, not a dependency', () => {
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@types/react', 'react', 'react-dom']);
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('react');
  });

  test('asks for @types/react, which its declarations import, as an optional peer', () => {
    expect(pkg.peerDependenciesMeta?.['@types/react']?.optional).toBe(true);
    const required = Object.keys(pkg.peerDependencies).filter((name) => pkg.peerDependenciesMeta?.[name]?.optional !== true);
    expect(required.sort()).toEqual(['react', 'react-dom']);
  });
});
