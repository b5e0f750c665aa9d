export { detectClaims } from './detect';
export { buildLexicon, cueVerbForms } from './lexicon';
export { DetectionCache, toCodePointDetections } from './cache';
export { defaultMinConfidence, type DetectFormat, type DetectOptions, type Detection } from './types';
export { overlapsByHalf, withStatus, type ClaimStatus } from './claim-status';
