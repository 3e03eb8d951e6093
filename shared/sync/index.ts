// The public face of the sync core: clock, record envelope, version vectors, merge and decisions.
export * from './hlc';
export * from './record';
export * from './versionVector';
export * from './decision';
export * from './merge';
export * from './mergeTables';
export * from './appendOnly';
export { canonicalJson, deepEqual } from './values';
