// JSON Schema validation for tests: Ajv (draft 2020-12 and draft-07) with the standard formats.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

// ajv-formats is CommonJS whose `module.exports` is the plugin; TypeScript's NodeNext view of its
// default import is the whole module object, so name the callable once, here.
const addFormats = formats as unknown as typeof formats.default;

/** A validator for a draft 2020-12 schema (or draft-07 with `draft: 7`), strict, every error reported. */
export function compileSchema(schema: AnySchema, draft: 7 | 2020 = 2020): ValidateFunction {
  const ajv = draft === 2020 ? new Ajv2020({ strict: true, allErrors: true }) : new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
