/**
 * What the dashboard needs from a canonical record (region, year, pages, findings), read
 * from the harvest's content store. Records are large and a harvest has many, so the
 * facts are kept per record version: an entry's `recordedAt` changes whenever its record
 * is written again, so `recordKey@recordedAt` never names two different contents. Each
 * refresh keeps only the versions still in use, so the cache never outgrows the dataset.
 */
import type { ContentStore } from '@budget/workers';

export interface RecordFacts {
  province: string | null;
  city: string | null;
  year: number | null;
  kind: string | null;
  department: string | null;
  pages: number | null;
  /** Findings of the record: one per (check, severity), with how many. */
  findings: Array<{ check: string; severity: string; count: number }>;
}

export class RecordFactsCache {
  private facts = new Map<string, RecordFacts | null>();

  constructor(private readonly store: ContentStore, private readonly parallel = 16) {}

  /** Facts for each wanted record (null where the record is missing or unreadable). */
  async load(wanted: Array<{ recordKey: string; version: string }>): Promise<Map<string, RecordFacts | null>> {
    const next = new Map<string, RecordFacts | null>();
    const missing = new Map<string, string>();
    for (const { recordKey, version } of wanted) {
      const cacheKey = `${recordKey}@${version}`;
      if (this.facts.has(cacheKey)) next.set(cacheKey, this.facts.get(cacheKey)!);
      else missing.set(cacheKey, recordKey);
    }
    await forEachLimited([...missing], this.parallel, async ([cacheKey, recordKey]) => {
      next.set(cacheKey, await this.read(recordKey));
    });
    this.facts = next;
    const out = new Map<string, RecordFacts | null>();
    for (const { recordKey, version } of wanted) out.set(recordKey, next.get(`${recordKey}@${version}`) ?? null);
    return out;
  }

  private async read(recordKey: string): Promise<RecordFacts | null> {
    const envelope = await this.store.readRecord(recordKey);
    if (!envelope) return null;
    const { document, findings } = envelope.record;
    const grouped = new Map<string, { check: string; severity: string; count: number }>();
    for (const finding of findings ?? []) {
      const key = `${finding.check}\u0000${finding.severity}`;
      const current = grouped.get(key);
      if (current) current.count++;
      else grouped.set(key, { check: finding.check, severity: finding.severity, count: 1 });
    }
    return {
      province: document.province ?? null,
      city: document.city ?? null,
      year: document.year ?? null,
      kind: document.kind ?? null,
      department: document.department ?? null,
      pages: document.pages ?? null,
      findings: [...grouped.values()],
    };
  }
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
