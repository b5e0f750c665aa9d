export * from './code-points';
export * from './decode';
export * from './hash';
