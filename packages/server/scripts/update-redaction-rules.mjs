#!/usr/bin/env node
// Regenerates packages/server/src/safety/rules/gitleaks.json from gitleaks' published rule set
// (config/gitleaks.toml, MIT licence), translated to linear-time JavaScript regular expressions.
//
//   node packages/server/scripts/update-redaction-rules.mjs --ref v8.30.1            # download that tag
//   node packages/server/scripts/update-redaction-rules.mjs --ref v8.30.1 --from gitleaks.toml --commit <sha>
//
// `--from` reads a local copy instead of downloading (CI and this repository's machines have no
// GitHub access; a copy is one `git show <tag>:config/gitleaks.toml` away). `--check` rewrites
// nothing and fails when the committed file differs from what the source would give.
// Review the printed list of taken, translated and left-out rules, run the redaction tests
// (`npx vitest run packages/server/src/safety`), then commit the JSON with the version in the message.
//
// Why a translation at all: gitleaks runs Go's RE2, which is linear by construction; V8's engine
// backtracks. So each rule keeps only the part that identifies the secret (its capture group),
// drops gitleaks' keyword-context prefix (`[\w.-]{0,50}?(?:keyword)...`, polynomial under
// backtracking), bounds every open quantifier, unrolls fixed repeats so no quantifier is nested,
// starts with a lookbehind so a run of token characters is tried from its first character only,
// and must then be proved linear by recheck (a ReDoS checker) or it is left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpParser } from '@eslint-community/regexpp';
import { checkSync } from 'recheck';
import { parse } from 'smol-toml';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../src/safety/rules/gitleaks.json');
// The JSON holds what runs (it is bundled into the package); the report, what a reviewer reads.
const reportFile = join(here, '../src/safety/rules/gitleaks.md');
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const ref = option('--ref');
const from = option('--from');
const commit = option('--commit');
const check = args.includes('--check');
if (!ref) {
  console.error('usage: update-redaction-rules.mjs --ref <gitleaks tag> [--from <gitleaks.toml>] [--commit <sha>] [--check]');
  process.exit(2);
}

const repository = 'https://github.com/gitleaks/gitleaks';
const url = `https://raw.githubusercontent.com/gitleaks/gitleaks/${ref}/config/gitleaks.toml`;
const toml = from ? readFileSync(from, 'utf8') : await (await fetch(url)).text();
const config = parse(toml);

/**
 * gitleaks rules whose secret is only recognisable by the keyword before it (`mailjet_key = …`,
 * 32 hex digits) are left out: errata's own key-assignment rule covers `name=value` text. These
 * context rules are kept because their secret group identifies itself (a literal prefix or
 * suffix); their keywords become that literal, since the service's name need not be near.
 */
const contextRulesKept = new Map([
  ['mailgun-private-api-token', ['key-']],
  ['mailgun-pub-key', ['pubkey-']],
  ['mailgun-signing-key', []],
  ['mailchimp-api-key', ['-us']],
  ['plaid-api-token', ['access-']],
]);

/** Left out on purpose, with the reason printed and recorded. */
const leftOut = new Map([
  ['generic-api-key', 'keyword and entropy based; errata blanks key=value text by key name instead'],
  ['private-key', "errata's PEM rule also blanks an unterminated block"],
  ['jwt', "errata's JWT rule also blanks shorter and unsigned tokens"],
  ['jwt-base64', "errata's JWT rule covers the decoded form; this one is a file-scanning heuristic"],
  ['sourcegraph-access-token', 'one alternative is any 40 hex digits: every git commit id would be blanked'],
  ['curl-auth-header', 'shell-script heuristic (curl command lines), not error text'],
  ['curl-auth-user', 'shell-script heuristic (curl command lines), not error text'],
  ['kubernetes-secret-yaml', 'YAML-file heuristic, not error text'],
  ['nuget-config-password', 'XML-file heuristic; errata blanks password=value text by key name'],
  ['freemius-secret-key', 'PHP-source heuristic; errata blanks secret_key=value text by key name'],
]);

/** Kinds group rules for the corpus and the docs; a rule not named here is an `api-token`. */
const kindOf = (id) => {
  if (/^(sendgrid|sendinblue|mailgun|mailchimp)-/.test(id)) return 'email-delivery-key';
  if (/^(databricks|airtable|huggingface|planetscale|clickhouse|doppler|prefect)-/.test(id)) return 'data-platform-token';
  if (/^(aws|gcp|alibaba|azure|digitalocean|flyio|heroku|vault|hashicorp|pulumi|scalingo|cloudflare)-/.test(id)) return 'cloud-credential';
  if (/^(github|gitlab)-/.test(id)) return 'source-control-token';
  if (/^(slack|microsoft-teams)-/.test(id)) return 'chat-token';
  if (/^(stripe|square|shippo|flutterwave|plaid|easypost|duffel)-/.test(id)) return 'payment-api-key';
  return 'api-token';
};

const contextPrefix = /^(?:\(\?i\))?\[\\w\.-\]\{0,50\}\?/;
// gitleaks' ways of saying "the token ends here"; errata needs none (blanking the token's start
// blanks the secret) and a trailing group would only make the match longer.
const terminators = [
  /\(\?:\[\\x60'"\\s;\]\|\\\\\[nr\]\|\$(?:\|\\b)?\)$/,
  /\(\?:\[\^\\w-\]\|\\z\)$/,
  /\(\?:\$\|\[\\\\'"\\x60\\s<\),\]\)$/,
  /\(\?:\[\^a-zA-Z0-9\+\/\]\|\\z\)$/,
  /\\b$/,
];
const leadingBoundaries = [/^\\b/, /^\(\?:\^\|\[\\\\'"\\x60\\s>=:\(,\)\]\)/];
/** Where a token may start: not inside a run of word characters. */
const tokenStart = '(?<![A-Za-z0-9_])';
/** The longest a bounded-from-below token may run; redaction input is capped at 64 KiB anyway. */
const openMax = 4096;

/** The secret group of a context rule: the last capture group before the terminator. */
function secretOfContextRule(source) {
  const match = /\[\\x60'"\\s=\]\{0,5\}\((.*)\)\(\?:\[\\x60'"\\s;\]\|\\\\\[nr\]\|\$\)$/.exec(source);
  return match?.[1];
}

/** RE2 syntax JavaScript lacks, rewritten. Returns the source and whether it was case-insensitive. */
function fromRe2(source) {
  let insensitive = false;
  let text = source;
  // A `(?i)` part-way applies to the rest in RE2; JavaScript (Node 20) has no inline flags, so the
  // whole rule is case-insensitive: it errs towards blanking.
  if (/\(\?i\)|\(\?i:/.test(text)) insensitive = true;
  text = text.replaceAll('(?i)', '').replaceAll('(?i:', '(?:').replaceAll('(?-i:', '(?:');
  text = text.replaceAll('(?s:.)', '[\\s\\S]');
  text = text.replace(/\(\?P<[A-Za-z0-9_]+>/g, '(?:');
  text = text.replaceAll('[[:alnum:]]', '[A-Za-z0-9]').replaceAll('[:alnum:]', 'A-Za-z0-9');
  text = text.replaceAll('\\z', '$');
  // Capture groups are not used: every match is blanked whole.
  text = text.replace(/(?<!\\)\((?!\?)/g, '(?:');
  return { text, insensitive };
}

function hasQuantifier(node) {
  if (!node || typeof node !== 'object') return false;
  if (node.type === 'Quantifier' && node.max > 1) return true;
  for (const key of ['alternatives', 'elements', 'element']) {
    const value = node[key];
    if (Array.isArray(value) ? value.some(hasQuantifier) : hasQuantifier(value)) return true;
  }
  return false;
}

/**
 * Bounds open quantifiers (`+`, `*`, `{n,}`) and unrolls fixed repeats of groups that hold a
 * quantifier (`(?:-[0-9]{10,13}){3}`), so that no quantifier sits inside another.
 * Throws when a nested quantifier remains.
 */
function linearise(source, flags) {
  let text = source;
  for (let pass = 0; pass < 8; pass += 1) {
    const pattern = new RegExpParser().parsePattern(text, 0, text.length, { unicode: false });
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'Quantifier') {
        const element = node.element;
        const lazy = node.raw.endsWith('?') && !/^[?]$/.test(node.raw.slice(element.raw.length));
        if (hasQuantifier(element)) {
          if (node.min !== node.max || node.max > 8) throw new Error(`nested quantifier ${node.raw}`);
          edits.push({ start: node.start, end: node.end, text: element.raw.repeat(node.max) });
          return;
        }
        if (node.max === Number.POSITIVE_INFINITY) {
          edits.push({ start: element.end, end: node.end, text: `{${node.min},${openMax}}${lazy ? '?' : ''}` });
        }
      }
      for (const key of ['alternatives', 'elements', 'element']) {
        const value = node[key];
        if (Array.isArray(value)) value.forEach(visit);
        else visit(value);
      }
    };
    visit(pattern);
    if (edits.length === 0) break;
    edits.sort((a, b) => b.start - a.start);
    for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  new RegExp(text, flags);
  return text;
}

function translate(rule) {
  let source = rule.regex;
  const isContext = contextPrefix.test(source) || source.includes('(?i:[\\w.-]{0,50}?');
  if (isContext) {
    if (!contextRulesKept.has(rule.id)) return { skip: 'secret recognisable only by a keyword before it (errata blanks key=value by key name)' };
    source = secretOfContextRule(source);
    if (!source) return { skip: 'context rule of an unknown shape' };
  }
  if (rule.secretGroup && rule.secretGroup !== 1 && !isContext) return { skip: `secret is capture group ${rule.secretGroup}` };
  for (const end of terminators) source = source.replace(end, '');
  let { text, insensitive } = fromRe2(source);
  for (const start of leadingBoundaries) text = text.replace(start, '');
  // `(?:\bX)` and `(?:(?:\bX))`: a word boundary first inside the opening groups goes too.
  text = text.replace(/^((?:\(\?:)*)\\b/, '$1');
  const flags = insensitive ? 'i' : '';
  let body;
  try {
    body = linearise(text, flags);
  } catch (error) {
    return { skip: `cannot be made linear: ${error.message}` };
  }
  const pattern = `${tokenStart}${body}`;
  // Checked without the lookbehind, which only narrows where a match may start (it cannot add
  // backtracking) and would send recheck to its slower fuzzing checker.
  const verdict = checkSync(body, flags, { timeout: 10_000, randomSeed: 1, checker: 'automaton' });
  if (verdict.status !== 'safe') return { skip: `recheck: ${verdict.status} ${verdict.complexity?.type ?? ''}`.trim() };
  return { pattern, flags };
}

const taken = [];
const skipped = [];
for (const rule of config.rules) {
  if (!rule.regex) {
    skipped.push({ id: rule.id, reason: 'no regex (path rule)' });
    continue;
  }
  if (leftOut.has(rule.id)) {
    skipped.push({ id: rule.id, reason: leftOut.get(rule.id) });
    continue;
  }
  const result = translate(rule);
  if (result.skip) {
    skipped.push({ id: rule.id, reason: result.skip });
    continue;
  }
  const keywords = (contextRulesKept.get(rule.id) ?? rule.keywords ?? []).map((k) => k.toLowerCase());
  taken.push({
    id: rule.id,
    kind: kindOf(rule.id),
    pattern: result.pattern,
    flags: result.flags,
    keywords,
    description: rule.description,
    upstream: rule.regex,
  });
}

const data = {
  $comment: 'Generated by packages/server/scripts/update-redaction-rules.mjs: do not edit by hand. See ../README.md.',
  source: {
    name: 'gitleaks',
    repository,
    file: 'config/gitleaks.toml',
    version: ref,
    ...(commit ? { commit } : {}),
    licence: 'MIT',
    copyright: 'Copyright (c) 2019 Zachary Rice',
    notice: 'Rule patterns derived from gitleaks (MIT licence): translated to linear-time JavaScript; allowlists and entropy thresholds not applied.',
  },
  rules: taken.map(({ id, kind, pattern, flags, keywords }) => ({ id, kind, pattern, flags, keywords })),
};

const json = `${JSON.stringify(data, null, 2)}\n`;
const cell = (text) => `\`${text.replaceAll('|', '\\|').replaceAll('`', "'")}\``;
const report = [
  `# gitleaks ${ref} rules, as errata runs them`,
  '',
  `Generated by \`packages/server/scripts/update-redaction-rules.mjs --ref ${ref}\` from`,
  `${repository} \`config/gitleaks.toml\`${commit ? ` (commit ${commit})` : ''}, MIT licence, ${data.source.copyright}.`,
  'Do not edit by hand. Allowlists and entropy thresholds are not applied: in an error message an',
  'example-looking key is blanked too.',
  '',
  `## Taken (${taken.length})`,
  '',
  '| id | kind | errata pattern | gitleaks pattern |',
  '| --- | --- | --- | --- |',
  ...taken.map((r) => `| ${r.id} | ${r.kind} | ${cell(`/${r.pattern}/${r.flags}`)} | ${cell(r.upstream)} |`),
  '',
  `## Left out (${skipped.length})`,
  '',
  '| id | why |',
  '| --- | --- |',
  ...skipped.map((r) => `| ${r.id} | ${r.reason} |`),
  '',
].join('\n');
for (const rule of taken) console.log(`take  ${rule.id.padEnd(44)} ${rule.kind.padEnd(22)} /${rule.pattern}/${rule.flags}`);
for (const rule of skipped) console.log(`skip  ${rule.id.padEnd(44)} ${rule.reason}`);
console.log(`${taken.length} rules taken, ${skipped.length} left out (gitleaks ${ref})`);
if (check) {
  if (readFileSync(out, 'utf8') !== json || readFileSync(reportFile, 'utf8') !== report) {
    console.error(`${out} is not what gitleaks ${ref} gives: run without --check and review the difference`);
    process.exit(1);
  }
} else {
  writeFileSync(out, json);
  writeFileSync(reportFile, report);
  console.log(`wrote ${out} and ${reportFile}`);
}
