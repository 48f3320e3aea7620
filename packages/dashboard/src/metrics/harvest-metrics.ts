/**
 * The Prometheus series of one harvest, in a registry of their own (never prom-client's
 * global one, so two dashboards in one process, or a test, never mix their series).
 * Gauges are read from the shared snapshot at scrape time; job durations and failures
 * come from the queues' event streams as they happen (see JobEventFollower).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { QUEUES, ROLES } from '@budget/workers';
import { JOB_STATES } from '../read/queue-counts.ts';
import { failureReason } from '../summary/failure-reason.ts';
import type { HarvestSnapshot } from '../summary/harvest-snapshot.ts';
import type { JobEventHandlers } from './job-event-follower.ts';

/** Seconds: fetches take under a second to minutes (politeness, retries), extractions up to the time limit. */
const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

export interface HarvestMetrics {
  registry: Registry;
  /** Feed for the event follower. */
  events: JobEventHandlers;
}

export function createHarvestMetrics(snapshot: () => Promise<HarvestSnapshot>): HarvestMetrics {
  const registry = new Registry();
  const registers = [registry];
  const queueNames = ROLES.map((role) => QUEUES[role]);

  new Gauge({
    name: 'harvest_queue_jobs',
    help: 'Jobs in each harvest queue, by BullMQ state (completed jobs are removed by the harvest, so completed stays near 0).',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      for (const q of s.queues) for (const state of JOB_STATES) this.set({ queue: q.name, state }, q.counts[state]);
    },
  });

  new Gauge({
    name: 'harvest_failed_jobs',
    help: 'Jobs in the failed sets now (see pnpm retry-failed), by queue and reason; "unclassified" counts failed jobs beyond the newest 500 per queue.',
    labelNames: ['queue', 'reason'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      for (const q of s.queues) {
        for (const r of q.failureReasons) this.set({ queue: q.name, reason: r.reason }, r.count);
        const unread = q.counts.failed - q.failedJobs.length;
        if (unread > 0) this.set({ queue: q.name, reason: 'unclassified' }, unread);
      }
    },
  });

  const duration = new Histogram({
    name: 'harvest_job_duration_seconds',
    help: 'Time from a job becoming active to its completion, per queue (jobs finished since the dashboard started).',
    labelNames: ['queue'],
    buckets: DURATION_BUCKETS,
    registers,
  });
  const failures = new Counter({
    name: 'harvest_job_failures_total',
    help: 'Jobs that failed for good since the dashboard started, by queue and reason.',
    labelNames: ['queue', 'reason'],
    registers,
  });
  for (const queue of queueNames) duration.zero({ queue });

  new Gauge({
    name: 'harvest_sources',
    help: 'Sources registered in each dataset (documents the harvest was asked for).',
    labelNames: ['dataset'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      for (const d of s.datasets) this.set({ dataset: d.name }, d.sources);
    },
  });

  new Gauge({
    name: 'harvest_documents_processed',
    help: 'Documents whose flow has finished (an entry in the dataset), by dataset and status (ok, partial, failed, needs_ocr).',
    labelNames: ['dataset', 'status'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      for (const d of s.datasets) for (const [status, count] of Object.entries(d.byStatus)) this.set({ dataset: d.name, status }, count);
    },
  });

  new Gauge({
    name: 'harvest_pages_processed',
    help: 'Pages of the documents processed, by dataset (from their canonical records).',
    labelNames: ['dataset'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      for (const d of s.datasets) this.set({ dataset: d.name }, d.pages);
    },
  });

  new Gauge({
    name: 'harvest_findings',
    help: 'Findings (validation results, repairs, extractor messages) in the processed documents, by dataset and severity.',
    labelNames: ['dataset', 'severity'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      const byDataset = new Map<string, Record<string, number>>();
      for (const doc of s.documents) {
        const row = byDataset.get(doc.dataset) ?? { info: 0, warning: 0, error: 0 };
        for (const f of doc.facts?.findings ?? []) row[f.severity] = (row[f.severity] ?? 0) + f.count;
        byDataset.set(doc.dataset, row);
      }
      for (const [dataset, row] of byDataset) for (const [severity, count] of Object.entries(row)) this.set({ dataset, severity }, count);
    },
  });

  new Gauge({
    name: 'harvest_documents_in_flight',
    help: 'Documents whose flow is queued or running (unfinished jobs of the record queue).',
    registers,
    async collect() {
      this.set((await snapshot()).inFlight);
    },
  });

  new Gauge({
    name: 'harvest_documents_per_minute',
    help: 'Documents processed per minute over the last 10 minutes (NaN when none were).',
    registers,
    async collect() {
      this.set((await snapshot()).throughput.documentsPerMinute ?? Number.NaN);
    },
  });

  new Gauge({
    name: 'harvest_eta_seconds',
    help: 'Estimated seconds until the documents in flight are processed at the current pace (NaN when unknown).',
    registers,
    async collect() {
      this.set((await snapshot()).etaSeconds ?? Number.NaN);
    },
  });

  return {
    registry,
    events: {
      completed(queue, seconds) {
        if (seconds !== null) duration.observe({ queue }, seconds);
      },
      failed(queue, reason) {
        failures.inc({ queue, reason: failureReason(reason) });
      },
    },
  };
}
