// @errata/catalog/docs: the generated error reference.
export { generateReference, referencePage, sampleValues, type ReferenceOptions } from './reference.js';
