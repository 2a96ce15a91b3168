// `@errata/test/react`: what every component test leans on: html-validate, axe in jsdom under the
// repo's one axe policy, and each story of a CSF module as a React element.
import { createElement, type ComponentType, type ReactElement } from 'react';
import axe from 'axe-core';
import { axeRunOptions } from './axe-policy.js';
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
  return validate(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Fixture</title></head><body>${markup}</body></html>`, 'fragment');
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
      // The toolbar's defaults: stories that follow the locale and tone toolbars read `globals`.
      return [name, render ? render(args, { globals: {}, parameters: {}, args } as never) : createElement(meta.component, args)];
    });
}

/**
 * axe violations for markup placed in the body of the jsdom document, under the one axe policy of
 * the repo (`@errata/test/axe-policy`, shared with Storybook and the Chromium suite). `fragment`
 * runs it as a part (no page-level rules: a component alone has no landmarks or h1; its host page
 * does). Colour contrast needs layout and real colours, which jsdom lacks: the Chromium pass over
 * Storybook checks it.
 */
export async function axeViolations(markup: string, options: { fragment: boolean; lang?: string; dir?: 'ltr' | 'rtl' }): Promise<string[]> {
  document.documentElement.lang = options.lang ?? 'en';
  document.documentElement.dir = options.dir ?? 'ltr';
  document.title = 'Fixture';
  document.body.innerHTML = markup;
  const policy = axeRunOptions({ kind: options.fragment ? 'part' : 'page', enhancedContrast: false });
  const rules = { ...policy.rules, 'color-contrast': { enabled: false }, 'color-contrast-enhanced': { enabled: false } };
  const results = await axe.run(document, { ...policy, rules });
  return results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
