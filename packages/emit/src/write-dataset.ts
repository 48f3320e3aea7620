/**
 * Writes one dataset directory in the contract's layout from documents held in memory. Every
 * file is replaced atomically; manifest.json is removed first and written last, so its
 * presence means the files beside it belong together (a crash in between leaves no manifest,
 * not a dataset that mixes two runs). The output depends only on the run: same run, same
 * bytes, and documents/<doc_id>.json of earlier runs that this run lacks are removed.
 *
 * The documents are checked before anything is written, then go through the DatasetWriter
 * (dataset-writer.ts), which a long run feeds a document at a time instead.
 */
import { DatasetWriter, type DatasetWriteResult } from './dataset-writer.ts';
import type { DatasetRun } from './run.ts';
import { validateRun } from './validate-run.ts';

export { MANIFEST_FILE, DATAPACKAGE_FILE, README_FILE, type DatasetWriteResult } from './dataset-writer.ts';

export async function writeDataset(outDir: string, run: DatasetRun): Promise<DatasetWriteResult> {
  const documents = validateRun(run);
  const writer = await DatasetWriter.open(outDir, {
    toolVersion: run.toolVersion, ...(run.bom !== undefined ? { bom: run.bom } : {}), ...(run.formats ? { formats: run.formats } : {}),
  });
  try {
    for (const doc of documents) await writer.add(doc);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return writer.finish({ inputs: run.inputs, startedAt: run.startedAt, finishedAt: run.finishedAt, ...(run.timings ? { timings: run.timings } : {}) });
}
