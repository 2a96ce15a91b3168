/**
 * Typed access to the JSON corpora. Read from disk rather than imported: the test tsconfig
 * type-checks `.ts` files only, and this keeps the data files plain JSON for other tools.
 */
import { readFileSync } from 'node:fs';

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;
}

export interface TextSecret {
  readonly name: string;
  readonly text: string;
  readonly secret: string;
}
export interface KeyedSecret {
  readonly key: string;
  readonly value: string;
  readonly inText: boolean;
  readonly inQuery: boolean;
}
export interface SecretsCorpus {
  readonly textSecrets: readonly TextSecret[];
  readonly textTemplates: readonly string[];
  readonly keyedSecrets: readonly KeyedSecret[];
  readonly nonSecrets: readonly { readonly key: string; readonly value: string }[];
}

/** One kind of secret or personal data a redaction rule declares, with samples and near-misses. */
export interface SecretKind {
  readonly kind: string;
  readonly description: string;
  /** Realistic fakes: `secret` (part of `text`) must never reach any output. */
  readonly samples: readonly { readonly text: string; readonly secret: string }[];
  /** Text of the same shape that is not sensitive: it must come through redaction unchanged. */
  readonly nearMisses: readonly string[];
}

export interface XssPayload {
  readonly name: string;
  readonly value: string;
  readonly note: string;
}

export interface TraceparentCase {
  readonly value: string;
  readonly note: string;
  readonly expected: { readonly version: string; readonly traceId: string; readonly parentId: string; readonly flags: string } | null;
}

export const secrets: SecretsCorpus = load('./secrets.json');
export const secretKinds: readonly SecretKind[] = load<{ kinds: SecretKind[] }>('./kinds.json').kinds;
export const xssPayloads: readonly XssPayload[] = load<{ payloads: XssPayload[] }>('./xss.json').payloads;
export const traceparentCases: readonly TraceparentCase[] = load<{ cases: TraceparentCase[] }>('./traceparent.json').cases;
