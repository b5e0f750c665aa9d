// Types of the validators schema-validators.mjs generates from schemas/*.schema.json.
import type { ValidateFunction } from 'ajv';

export declare const sidecar: ValidateFunction;
export declare const codebook: ValidateFunction;
