// `@errata/test/corpora`: every corpus, typed. See README.md in this folder.
export * from './corpora.js';
export * from './throwables.js';
