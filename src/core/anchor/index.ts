export * from './anchor';
export * from './policy';
export * from './selectors';
export * from './shift';
