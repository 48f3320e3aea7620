/**
 * `@budget/pipeline/run`: what a coordinator needs to run documents in worker processes, without
 * loading the stages (index.ts exports processDocument, which loads every extractor: pdf.js
 * alone costs a process some 100–300 MB). The CLI imports this.
 */
export { expandInputs } from './inputs.ts';
export { runExtraction, type RunOptions, type RunSummary } from './run.ts';
