/**
 * The record job, last of a document's flow: writes the source's entry in the dataset
 * (content hash, record key, status) from what its extract child returned, or the
 * reason the document could not be read. Overwrites: a retry or re-run never duplicates.
 */
import type { Job } from 'bullmq';
import type { HarvestContext } from '../context.ts';
import { DocumentJobData, ExtractResult, type DatasetEntry } from '../job-data.ts';
import { toJobError } from '../job-failure.ts';

export interface RecordSummary {
  status: string;
  outcome: string;
}

export function createRecordProcessor(context: HarvestContext) {
  return async function recordProcessor(job: Job): Promise<RecordSummary> {
    const parsed = DocumentJobData.safeParse(job.data);
    if (!parsed.success) throw toJobError(new TypeError(`invalid record job data: ${parsed.error.message}`), false);
    const { dataset, source, run } = parsed.data;
    const failures = Object.values(await job.getIgnoredChildrenFailures());
    const recordedAt = new Date().toISOString();
    let entry: DatasetEntry;
    if (failures.length > 0) {
      entry = { sha256: null, recordKey: null, status: 'failed', error: `extraction did not finish: ${failures[0]}`, fileName: null, finalUrl: null, extracted: false, run, recordedAt };
    } else {
      const result = ExtractResult.parse(Object.values(await job.getChildrenValues())[0]);
      entry = result.outcome === 'unreadable'
        ? { sha256: null, recordKey: null, status: 'failed', error: `cannot read input: ${result.reason}`, fileName: null, finalUrl: null, extracted: false, run, recordedAt }
        : { sha256: result.sha256, recordKey: result.recordKey, status: result.status, error: result.error, fileName: result.fetch.fileName, finalUrl: result.fetch.finalUrl, extracted: result.outcome === 'extracted', run, recordedAt };
    }
    await context.registry.record(dataset, source, entry);
    return { status: entry.status, outcome: failures.length > 0 ? 'extract-failed' : entry.recordKey ? (entry.extracted ? 'extracted' : 'reused') : 'unreadable' };
  };
}
