import type { ErrorObject } from 'ajv';
// Compiled at build time from the same schema files VS Code uses for hand edits
// (`contributes.jsonValidation`); see schema-validators.mjs.
import * as validators from './generated/schema-validators';

export interface SchemaError {
  readonly pointer: string;
  readonly message: string;
}

/** Schema errors, most specific first, at most `limit`. */
export function validateAgainstSchema(kind: 'sidecar' | 'codebook', value: unknown, limit = 5): SchemaError[] {
  const validate = validators[kind];
  if (validate(value)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
  return errors.slice(0, limit).map(describe);
}

function describe(error: ErrorObject): SchemaError {
  const where = error.instancePath || '/';
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalItems' || error.keyword === 'maxItems') message = 'must hold exactly a TextQuoteSelector and a TextPositionSelector';
  if (error.keyword === 'const' || error.keyword === 'enum') {
    const allowed = error.keyword === 'const' ? [error.params.allowedValue] : (error.params.allowedValues as unknown[]);
    message = `must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}`;
  }
  if (error.keyword === 'required') message = `needs "${String(error.params.missingProperty)}"`;
  return { pointer: where, message: `${where} ${message}` };
}
