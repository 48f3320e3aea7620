/**
 * Everything the operator's views show, read at one moment: queue counts and recent
 * failures per queue, the datasets' documents with facts from their records, and what
 * follows from them (throughput, ETA, documents by status / province / year, findings by
 * check). A plain object: the page, `/metrics` and `pnpm status` all render this.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUES, ROLES, type DatasetRegistry, type HarvestKeys, type Role } from '@budget/workers';
import { failedJobs, type FailedJob } from '../read/failed-jobs.ts';
import { harvestDocuments, type DocumentView } from '../read/harvest-documents.ts';
import { eventStreamKey, readEventsSince } from '../read/queue-events.ts';
import { queueCounts, unfinished, type JobCounts } from '../read/queue-counts.ts';
import type { RecordFactsCache } from '../read/record-facts.ts';
import { countReasons, type ReasonCount } from './failure-reason.ts';
import { perMinute, ratePerMinute, secondsToFinish, type MinuteBucket } from './throughput.ts';

/** The pace is measured over this window: long enough to smooth bursts, short enough to follow changes. */
export const PACE_WINDOW_MS = 10 * 60_000;
/** Minutes shown in the throughput chart. */
export const CHART_MINUTES = 60;
/** Failed jobs read per queue (for the lists and the reasons); the counts cover them all. */
export const FAILED_JOBS_READ = 500;
/** Events read per queue for the last hour's figures (BullMQ keeps about 10,000). */
const EVENTS_READ = 10_000;

export interface QueueSummary {
  role: Role;
  name: string;
  counts: JobCounts;
  /** Jobs finished in the last hour, from the queue's event stream. */
  completedLastHour: number;
  failedLastHour: number;
  /** The most recently failed jobs (at most FAILED_JOBS_READ). */
  failedJobs: FailedJob[];
  /** Reasons of those jobs. */
  failureReasons: ReasonCount[];
}

export interface DatasetSummary {
  name: string;
  sources: number;
  recorded: number;
  byStatus: Record<string, number>;
  pages: number;
}

export interface FindingsByCheck {
  check: string;
  bySeverity: Record<string, number>;
  total: number;
  /** Documents with at least one finding of this check. */
  documents: number;
}

export interface HarvestSnapshot {
  takenAt: number;
  prefix: string;
  queues: QueueSummary[];
  datasets: DatasetSummary[];
  /** Every document with an entry, newest first. */
  documents: DocumentView[];
  totals: {
    sources: number;
    recorded: number;
    byStatus: Record<string, number>;
    pages: number;
    findingsBySeverity: Record<string, number>;
    failedJobs: number;
  };
  /** Documents recorded, by province and year ("unknown" where the record does not say). */
  byProvinceYear: { provinces: string[]; years: string[]; counts: Record<string, Record<string, number>> };
  findingsByCheck: FindingsByCheck[];
  throughput: {
    /** Documents recorded per minute over PACE_WINDOW_MS (null: none recently). */
    documentsPerMinute: number | null;
    pagesPerMinute: number | null;
    /** Documents recorded per minute over the last CHART_MINUTES minutes. */
    series: MinuteBucket[];
  };
  /** Documents whose flow is not finished (unfinished jobs of the record queue, the last of each flow). */
  inFlight: number;
  etaSeconds: number | null;
  /** Documents recorded with status failed, newest first, and their reasons. */
  failedDocuments: DocumentView[];
  failedDocumentReasons: ReasonCount[];
}

export interface SnapshotSources {
  redis: Redis;
  prefix: string;
  keys: HarvestKeys;
  registry: DatasetRegistry;
  queues: Record<Role, Queue>;
  facts: RecordFactsCache;
  now?: () => number;
}

export const UNKNOWN = 'unknown';

export async function takeSnapshot(sources: SnapshotSources): Promise<HarvestSnapshot> {
  const now = (sources.now ?? Date.now)();
  const queues = await Promise.all(ROLES.map((role) => summariseQueue(sources, role, now)));
  const datasetViews = await harvestDocuments(sources.redis, sources.keys, sources.registry, sources.facts);
  const documents = datasetViews.flatMap((d) => d.documents).sort((a, b) => b.recordedAt - a.recordedAt);

  const datasets = datasetViews.map((d) => ({
    name: d.name,
    sources: d.sources,
    recorded: d.documents.length,
    byStatus: countBy(d.documents, (doc) => doc.status),
    pages: sum(d.documents, (doc) => doc.facts?.pages ?? 0),
  }));
  const findingsBySeverity: Record<string, number> = {};
  for (const doc of documents) for (const f of doc.facts?.findings ?? []) findingsBySeverity[f.severity] = (findingsBySeverity[f.severity] ?? 0) + f.count;

  const recordedTimes = documents.map((d) => d.recordedAt);
  const documentsPerMinute = ratePerMinute(recordedTimes, now, PACE_WINDOW_MS);
  const recent = documents.filter((d) => d.recordedAt >= now - PACE_WINDOW_MS);
  const pagesPerMinute = documentsPerMinute === null || recent.length === 0 ? null : (documentsPerMinute * sum(recent, (d) => d.facts?.pages ?? 0)) / recent.length;
  const record = queues.find((q) => q.role === 'record')!;
  const inFlight = unfinished(record.counts);
  const failedDocuments = documents.filter((d) => d.status === 'failed');

  return {
    takenAt: now,
    prefix: sources.prefix,
    queues,
    datasets,
    documents,
    totals: {
      sources: sum(datasets, (d) => d.sources),
      recorded: documents.length,
      byStatus: countBy(documents, (d) => d.status),
      pages: sum(datasets, (d) => d.pages),
      findingsBySeverity,
      failedJobs: sum(queues, (q) => q.counts.failed),
    },
    byProvinceYear: provinceYearTable(documents),
    findingsByCheck: findingsByCheck(documents),
    throughput: { documentsPerMinute, pagesPerMinute, series: perMinute(recordedTimes, now, CHART_MINUTES) },
    inFlight,
    etaSeconds: secondsToFinish(inFlight, documentsPerMinute),
    failedDocuments,
    failedDocumentReasons: countReasons(failedDocuments.map((d) => d.error)),
  };
}

async function summariseQueue(sources: SnapshotSources, role: Role, now: number): Promise<QueueSummary> {
  const queue = sources.queues[role];
  const [counts, failed, events] = await Promise.all([
    queueCounts(queue),
    failedJobs(queue, FAILED_JOBS_READ),
    readEventsSince(sources.redis, eventStreamKey(sources.prefix, QUEUES[role]), now - 60 * 60_000, EVENTS_READ),
  ]);
  return {
    role,
    name: QUEUES[role],
    counts,
    completedLastHour: events.filter((e) => e.event === 'completed').length,
    failedLastHour: events.filter((e) => e.event === 'failed').length,
    failedJobs: failed,
    failureReasons: countReasons(failed.map((j) => j.reason)),
  };
}

function provinceYearTable(documents: DocumentView[]): HarvestSnapshot['byProvinceYear'] {
  const counts: Record<string, Record<string, number>> = {};
  const years = new Set<string>();
  for (const doc of documents) {
    const province = doc.facts?.province ?? UNKNOWN;
    const year = doc.facts?.year === null || doc.facts?.year === undefined ? UNKNOWN : String(doc.facts.year);
    years.add(year);
    const row = (counts[province] ??= {});
    row[year] = (row[year] ?? 0) + 1;
  }
  const total = (p: string) => Object.values(counts[p]!).reduce((a, b) => a + b, 0);
  const unknownLast = (a: string, b: string) => Number(a === UNKNOWN) - Number(b === UNKNOWN);
  return {
    provinces: Object.keys(counts).sort((a, b) => unknownLast(a, b) || total(b) - total(a) || a.localeCompare(b, 'zh')),
    years: [...years].sort((a, b) => unknownLast(a, b) || a.localeCompare(b)),
    counts,
  };
}

function findingsByCheck(documents: DocumentView[]): FindingsByCheck[] {
  const byCheck = new Map<string, FindingsByCheck>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const f of doc.facts?.findings ?? []) {
      const row = byCheck.get(f.check) ?? { check: f.check, bySeverity: {}, total: 0, documents: 0 };
      row.bySeverity[f.severity] = (row.bySeverity[f.severity] ?? 0) + f.count;
      row.total += f.count;
      if (!seen.has(f.check)) row.documents++;
      seen.add(f.check);
      byCheck.set(f.check, row);
    }
  }
  return [...byCheck.values()].sort((a, b) => b.total - a.total || a.check.localeCompare(b.check));
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
