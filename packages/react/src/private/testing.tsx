// Test support, shared by the component tests (not exported from the package, not bundled).
import { createElement, type ComponentType, type ReactElement } from 'react';
import axe from 'axe-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
// The root .htmlvalidate.json is found by walking up from the (virtual) file's directory.
const here = `${dirname(fileURLToPath(import.meta.url))}/`;

export interface Validation {
  readonly valid: boolean;
  readonly messages: readonly string[];
}

async function validate(markup: string, name: string): Promise<Validation> {
  const report = await htmlvalidate.validateString(markup, `${here}${name}.html`);
  const messages = report.results.flatMap((result) => result.messages.map((m: Message) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
  return { valid: report.valid, messages };
}

/** A fragment (component markup) validated inside a minimal valid document. */
export function validateFragment(markup: string): Promise<Validation> {
  return validate(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Fixture</title></head><body>${markup}</body></html>`,
    'fragment',
  );
}

/** A whole document as a server sends it. */
export function validateDocument(markup: string): Promise<Validation> {
  return validate(markup, 'document');
}

/** What a server sends: React does not write the doctype. */
export function renderDocument(element: ReactElement): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(element)}`;
}

/** Parses markup into a DOM to query (tests run with `@vitest-environment jsdom`). */
export function parseHtml(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

/** Parses a fragment into a container element. */
export function parseFragment(markup: string): HTMLElement {
  const document = parseHtml(`<!DOCTYPE html><html lang="en"><body><div id="fixture">${markup}</div></body></html>`);
  return document.getElementById('fixture') as HTMLElement;
}

type Args = Record<string, unknown>;
interface StoryLike {
  readonly args?: Args;
  readonly render?: (args: never, context: never) => ReactElement;
}
interface MetaLike extends StoryLike {
  readonly title: string;
  readonly component: ComponentType<never>;
}

/**
 * Each story of a CSF module as a React element (meta args, then story args; story render,
 * then meta render, then the component), so tests check exactly what Storybook shows.
 */
export function storiesOf(module: Record<string, unknown>): [name: string, element: ReactElement][] {
  const meta = module.default as MetaLike;
  return Object.entries(module)
    .filter(([name]) => name !== 'default')
    .map(([name, value]) => {
      const story = value as StoryLike;
      const args = { ...meta.args, ...story.args } as never;
      const render = story.render ?? meta.render;
      return [name, render ? render(args, {} as never) : createElement(meta.component, args)];
    });
}

// One place for the axe set-up. Colour contrast needs layout and real colours: jsdom has
// neither, so it is left to the Chromium pass over Storybook (test/browser).
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe violations for markup placed in the body of the jsdom document. `fragment` turns off the
 * page-level rules (landmarks, one h1), which a component rendered alone cannot meet: its host
 * page provides those, and the page stories are checked with them on.
 */
export async function axeViolations(markup: string, options: { fragment: boolean; lang?: string; dir?: 'ltr' | 'rtl' }): Promise<string[]> {
  document.documentElement.lang = options.lang ?? 'en';
  document.documentElement.dir = options.dir ?? 'ltr';
  document.title = 'Fixture';
  document.body.innerHTML = markup;
  const rules: Record<string, { enabled: boolean }> = { 'color-contrast': { enabled: false }, 'color-contrast-enhanced': { enabled: false } };
  if (options.fragment) {
    for (const id of ['region', 'landmark-one-main', 'page-has-heading-one']) rules[id] = { enabled: false };
  }
  const results = await axe.run(document, { runOnly: { type: 'tag', values: axeTags }, rules });
  return results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
