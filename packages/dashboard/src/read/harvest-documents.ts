/**
 * Every document the harvest knows, from the datasets' Redis entries (status, error,
 * record key, when it was recorded) joined with facts from its canonical record.
 */
import type { Redis } from 'ioredis';
import type { DatasetRegistry, HarvestKeys } from '@budget/workers';
import type { RecordFacts, RecordFactsCache } from './record-facts.ts';

export interface DocumentView {
  dataset: string;
  source: string;
  status: string;
  error: string | null;
  /** Key of the canonical record in the store (null when the file could not be read). */
  recordKey: string | null;
  /** When its entry was written, ms since the epoch. */
  recordedAt: number;
  /** Whether this flow ran the pipeline (false: an up-to-date record was reused). */
  extracted: boolean;
  facts: RecordFacts | null;
}

export interface DatasetView {
  name: string;
  /** Sources registered (harvested at least once). */
  sources: number;
  documents: DocumentView[];
}

export async function harvestDocuments(redis: Redis, keys: HarvestKeys, registry: DatasetRegistry, facts: RecordFactsCache): Promise<DatasetView[]> {
  const datasets: Array<{ name: string; sources: number; documents: Omit<DocumentView, 'facts'>[] }> = [];
  for (const name of await registry.datasets()) {
    const sources = await redis.hlen(keys.sources(name));
    const entries = await registry.entries(name);
    const documents = [...entries].map(([source, entry]) => ({
      dataset: name,
      source,
      status: entry.status,
      error: entry.error,
      recordKey: entry.recordKey,
      recordedAt: Date.parse(entry.recordedAt),
      extracted: entry.extracted,
    }));
    datasets.push({ name, sources, documents });
  }
  const wanted = datasets.flatMap((d) => d.documents).filter((d) => d.recordKey).map((d) => ({ recordKey: d.recordKey!, version: String(d.recordedAt) }));
  const loaded = await facts.load(wanted);
  return datasets.map((d) => ({
    ...d,
    documents: d.documents.map((doc) => ({ ...doc, facts: doc.recordKey ? (loaded.get(doc.recordKey) ?? null) : null })),
  }));
}
