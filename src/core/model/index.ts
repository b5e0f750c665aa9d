export * from './annotation';
export * from './codebook';
export * from './codebook-operations';
export * from './ids';
export * from './operations';
export * from './sidecar';
