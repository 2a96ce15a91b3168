import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const fixture = fileURLToPath(new URL('../fixtures/render-built.mjs', import.meta.url));

interface Output {
  html: string;
  css: string;
  hash: string;
}

// Needs `node scripts/build.mjs packages/react` first (npm test builds before testing).
async function renderWithPlainNode(): Promise<Output> {
  const { stdout } = await promisify(execFile)(process.execPath, [fixture], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Output;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the built package in plain Node', () => {
  test('every class in the rendered page is defined in stylesheet.css, and hash is its sha256', async () => {
    const { html, css, hash } = await renderWithPlainNode();
    expect(hash).toBe(`sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`);
    expect(html.startsWith('<!DOCTYPE html><html')).toBe(true);

    const classes = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
    expect(classes.size).toBeGreaterThan(20);
    const missing = [...classes].filter((name) => !new RegExp(`\\.${escapeRegExp(name)}(?![\\w-])`).test(css));
    expect(missing).toEqual([]);
  });

  test('the stylesheet is inlined unchanged, so the hash matches what the browser sees', async () => {
    const { html, css } = await renderWithPlainNode();
    expect(html).toContain(`<style>${css}</style>`);
    expect(html).not.toMatch(/<script|<link\s/i);
  });

  test('component CSS only styles inside its own classes, so a host page keeps its look', () => {
    const css = readFileSync(new URL('../dist/index.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    // Every selector list that opens a rule block (outside at-rule preludes).
    const selectors = [...css.matchAll(/(?:^|[{}])\s*([^{}@]+?)\s*\{/g)].flatMap((m) => m[1]!.split(','));
    expect(selectors.length).toBeGreaterThan(20);
    const unscoped = selectors.filter((selector) => !/\.[\w-]/.test(selector));
    expect(unscoped).toEqual([]);
  });
});
