import type { ThemeTokens } from './makeThemeValues.js';
import { vars } from './vars.css.js';

/** One custom-property declaration of the contract: its path, its `--errata-*` name and value. */
export interface ContractDeclaration {
  readonly path: string;
  readonly property: `--${string}`;
  readonly value: string;
}

type Tree = { readonly [key: string]: string | Tree };

/**
 * Pairs each contract variable with its value by walking both trees together, so brand CSS
 * names exactly the properties the contract defines and nothing else.
 */
export function contractDeclarations(values: ThemeTokens): ContractDeclaration[] {
  const out: ContractDeclaration[] = [];
  const walk = (names: Tree, vals: Tree, prefix: string): void => {
    for (const [key, name] of Object.entries(names)) {
      const value = vals[key];
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof name === 'string') {
        const property = /^var\((--[a-z0-9-]+)\)$/.exec(name)?.[1];
        if (!property || typeof value !== 'string') throw new Error(`contract mismatch at ${path}`);
        out.push({ path, property: property as `--${string}`, value });
      } else if (value !== undefined && typeof value !== 'string') {
        walk(name, value, path);
      } else {
        throw new Error(`contract mismatch at ${path}`);
      }
    }
  };
  walk(vars as unknown as Tree, values as unknown as Tree, '');
  return out;
}

/** Every custom property the contract defines. */
export const contractProperties: readonly string[] = (() => {
  const out: string[] = [];
  const walk = (node: Tree): void => {
    for (const name of Object.values(node)) {
      if (typeof name === 'string') out.push(name.slice(4, -1));
      else walk(name);
    }
  };
  walk(vars as unknown as Tree);
  return out;
})();
