// The public face of the bundle format: encode and decode `.joinedup` files, step by step or in one call.
export * from './bundle';
export * from './crypto';
export * from './document';
export { findForbiddenKey, gzipJson, parseJsonLayer, MAX_UNCOMPRESSED_BYTES } from './codec';
export * from './errors';
export * from './manifest';
export * from './migrations';
export * from './parse';
export * from './validate';
