export { processDocument, failedRecord, unreadableRecord, sha256, DEFAULT_PROCESS_OPTIONS, type ProcessOptions } from './process.ts';
export { sniffFormat, describeUnknown } from './sniff.ts';
export { loadInput, InputTooLargeError, type LoadLimits } from './load.ts';
export { expandInputs } from './inputs.ts';
export { runExtraction, type RunOptions, type RunSummary } from './run.ts';
export { IsolatedProcessor, type IsolationLimits } from './isolated.ts';
export { documentStatus, understoodSomething, NOT_UNDERSTOOD_CHECK, type DocumentStatus } from './status.ts';
