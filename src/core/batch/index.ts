/** Earlier posts through a code: file parsers, the batch analysis and the labelled evaluation (for the editor and the CLI). */
export * from './parse.ts';
export * from './batch.ts';
export * from './evaluate.ts';
