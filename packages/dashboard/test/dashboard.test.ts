/**
 * The operator's view, tested as a person would use it: a real Redis under a prefix of
 * its own holds a harvest of the samples in progress (see harvest-fixture.ts); the
 * dashboard runs against it; headless Chromium (Debian's, via playwright-core) opens the
 * harvest page and bull-board and checks that every queue's counts, the failed documents
 * with their reasons and the throughput are visible, saving screenshots under
 * test/.tmp/dashboard/. `/metrics` is scraped and parsed strictly; `pnpm status` is run.
 * Skips, saying why, without Redis; the browser part skips without Chromium.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentStore, QUEUES, ROLES, DatasetRegistry, harvestKeys } from '@budget/workers';
import { dashboardConnection } from '../src/read/dashboard-connection.ts';
import { JOB_STATES, queueCounts, type JobCounts } from '../src/read/queue-counts.ts';
import { DashboardOptions } from '../src/web/dashboard-options.ts';
import { startDashboard, type DashboardServer } from '../src/web/dashboard-server.ts';
import { chromiumPath, launchChromium } from './support/browser.ts';
import { FINISHED_DATASET, harvestFixture, MISSING_SOURCE, NOT_A_DOCUMENT, REPO_ROOT, RUNNING_DATASET, type HarvestFixture } from './support/harvest-fixture.ts';
import { parsePrometheusText } from './support/prometheus-text.ts';
import { deleteKeys, redisOrNull, testPrefix } from './support/redis.ts';

const run = promisify(execFile);
const redis: Redis | null = await redisOrNull('dashboard tests');
const chromium = chromiumPath();
if (redis && !chromium) console.warn('dashboard tests: the browser test is skipped, Chromium is not installed (bash .ci/run installs Debian\'s chromium package)');
const SCREENSHOTS = join(REPO_ROOT, 'test/.tmp/dashboard');

describe.skipIf(!redis)('the operator\'s view of a harvest', () => {
  const prefix = testPrefix();
  let fixture: HarvestFixture;
  let server: DashboardServer;
  let serverRedis: Redis;
  let counts: Record<string, JobCounts>;

  beforeAll(async () => {
    fixture = harvestFixture(redis!, prefix);
    serverRedis = await dashboardConnection(fixture.config.redis.url);
    // Started before the harvest, so the job timings in /metrics come from the harvest itself.
    server = await startDashboard({ config: fixture.config, redis: serverRedis, options: DashboardOptions.parse({ port: 0, refreshMs: 0 }) });
    await fixture.run();
    counts = {};
    for (const role of ROLES) {
      const queue = new Queue(QUEUES[role], { connection: redis!, prefix });
      counts[QUEUES[role]] = await queueCounts(queue);
      await queue.close();
    }
  });

  afterAll(async () => {
    await server?.close();
    serverRedis?.disconnect();
    await fixture?.cleanup();
    await deleteKeys(redis!, prefix);
    await redis!.quit();
  });

  it('holds jobs in several states (the scene the views must show)', () => {
    expect(counts[QUEUES.fetch]).toMatchObject({ active: 1, waiting: 5, delayed: 1, failed: 1 });
    expect(counts[QUEUES.extract]!['waiting-children']).toBe(6);
    expect(counts[QUEUES.record]!['waiting-children']).toBe(6);
  });

  it.skipIf(!chromium)('shows every queue\'s counts, failed documents with reasons and throughput in a browser', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const browser = await launchChromium(chromium!);
    try {
      const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
      await page.goto(`${server.url}/harvest`);

      // Every queue, with the counts Redis holds.
      for (const role of ROLES) {
        const name = QUEUES[role];
        const cells = await page.locator('table tr', { has: page.locator(`a:text-is("${name}")`) }).first().locator('td').allInnerTexts();
        expect(cells[0], name).toBe(name);
        expect(cells.slice(1, 1 + JOB_STATES.length).map((c) => Number(c.replace(/,/g, ''))), name).toEqual(JOB_STATES.map((s) => counts[name]![s]));
      }
      // Failed documents with their reasons, and the failed job with its reason.
      const failures = page.locator('#failures + .grid2');
      await expect.poll(() => failures.innerText()).toContain('BadSourceError');
      const failuresText = await failures.innerText();
      expect(failuresText).toContain(`${MISSING_SOURCE} does not exist`);
      expect(failuresText).toContain(NOT_A_DOCUMENT);
      expect(failuresText).toMatch(/neither a PDF nor a DOCX/);
      expect(failuresText).toContain(QUEUES.fetch);
      // Throughput and time to finish: figures, not blanks.
      const tiles = await page.locator('.tiles').innerText();
      expect(tiles).toMatch(/THROUGHPUT, DOCS\/MIN\s+\d+(\.\d)?\s+\d+(\.\d)? pages\/min/i);
      expect(tiles).toMatch(/DOCUMENTS PROCESSED\s+8\s+of 14 sources, [1-9][\d,]* pages/i);
      expect(tiles).toMatch(/IN FLIGHT\s+6\b/i);
      expect(tiles).toMatch(/TIME TO FINISH\s+(\d+s|\d+m\d\ds|\d+h\d\dm)\s/i);
      expect(await page.locator('figure.chart rect').count()).toBe(60);
      // Documents by province and year, as the canonical records say.
      const expected = await provincesAndYears(fixture);
      const byRegion = await page.locator('h3:text-is("By province and year") + table').innerText();
      for (const { province, year } of expected) {
        expect(byRegion).toContain(province);
        expect(byRegion).toContain(String(year));
      }
      // Findings by check are listed.
      expect(await page.locator('#findings + table tbody tr').count()).toBeGreaterThan(1);
      await screenshot(page, 'harvest.png');

      // A document links to its canonical JSON.
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('/harvest/records/')), page.locator('#latest + table a:text-is("JSON")').first().click()]);
      expect(response.status()).toBe(200);
      const record = (await response.json()) as { document: { source: string; doc_id: string } };
      expect(record.document.source).toMatch(/samples\//);

      // bull-board: every queue, then the failed fetch job and its reason.
      await page.goto(`${server.url}/queues`);
      // One card per queue once the board has loaded its counts ("8 Jobs").
      await expect.poll(() => page.getByText(/^\d+ Jobs$/).count(), { timeout: 15_000 }).toBe(ROLES.length);
      const cards = await page.locator('main').innerText();
      for (const role of ROLES) expect(cards).toContain(QUEUES[role]);
      await screenshot(page, 'queues.png');
      await page.goto(`${server.url}/queues/queue/${QUEUES.fetch}?status=failed`);
      await page.getByText(/BadSourceError/).first().waitFor();
      expect(await page.getByText(`${MISSING_SOURCE} does not exist`).count()).toBeGreaterThan(0);
      await screenshot(page, 'queue-failed.png');
    } finally {
      await browser.close();
    }
  });

  it('exposes the harvest as valid Prometheus text on /metrics', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusText(await response.text());
    const family = (name: string, type: string, labels: string[]) => {
      const f = families.get(name);
      expect(f, name).toBeDefined();
      expect(f!.type, name).toBe(type);
      expect(f!.help, name).toBeTruthy();
      for (const s of f!.samples) expect(Object.keys(s.labels).filter((l) => l !== 'le').sort(), name).toEqual([...labels].sort());
      return f!;
    };
    /** The value of the sample `sample` (default: the family's name) with exactly these labels. */
    const value = (name: string, labels: Record<string, string>, sample = name) =>
      families.get(name)!.samples.find((s) => s.name === sample && Object.keys(s.labels).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

    const jobs = family('harvest_queue_jobs', 'gauge', ['queue', 'state']);
    expect(jobs.samples).toHaveLength(ROLES.length * JOB_STATES.length);
    for (const role of ROLES) for (const state of JOB_STATES) expect(value('harvest_queue_jobs', { queue: QUEUES[role], state }), `${role} ${state}`).toBe(counts[QUEUES[role]]![state]);

    // Durations of the jobs completed while the dashboard was up: 7 fetches (one source is
    // missing), 8 extractions (one of them records the failed fetch) and 8 records.
    const histogram = 'harvest_job_duration_seconds';
    family(histogram, 'histogram', ['queue']);
    expect(value(histogram, { queue: QUEUES.fetch }, `${histogram}_count`)).toBe(7);
    expect(value(histogram, { queue: QUEUES.extract }, `${histogram}_count`)).toBe(8);
    expect(value(histogram, { queue: QUEUES.record }, `${histogram}_count`)).toBe(8);
    expect(value(histogram, { queue: QUEUES.extract }, `${histogram}_sum`)).toBeGreaterThan(0);

    family('harvest_job_failures_total', 'counter', ['queue', 'reason']);
    expect(value('harvest_job_failures_total', { queue: QUEUES.fetch, reason: 'BadSourceError' })).toBe(1);
    family('harvest_failed_jobs', 'gauge', ['queue', 'reason']);
    expect(value('harvest_failed_jobs', { queue: QUEUES.fetch, reason: 'BadSourceError' })).toBe(1);

    family('harvest_documents_processed', 'gauge', ['dataset', 'status']);
    expect(value('harvest_documents_processed', { dataset: FINISHED_DATASET, status: 'failed' })).toBe(2);
    expect(families.get('harvest_documents_processed')!.samples.filter((s) => s.labels.dataset === FINISHED_DATASET).reduce((n, s) => n + s.value, 0)).toBe(8);
    family('harvest_pages_processed', 'gauge', ['dataset']);
    expect(value('harvest_pages_processed', { dataset: FINISHED_DATASET })).toBeGreaterThan(0);
    family('harvest_sources', 'gauge', ['dataset']);
    expect(value('harvest_sources', { dataset: RUNNING_DATASET })).toBe(6);
    const findings = family('harvest_findings', 'gauge', ['dataset', 'severity']);
    expect(new Set(findings.samples.map((s) => s.labels.severity))).toEqual(new Set(['info', 'warning', 'error']));
    expect(findings.samples.reduce((n, s) => n + s.value, 0)).toBeGreaterThan(0);
    expect(family('harvest_documents_in_flight', 'gauge', []).samples[0]!.value).toBe(6);
    family('harvest_documents_per_minute', 'gauge', []);
    family('harvest_eta_seconds', 'gauge', []);
  });

  it('prints a one-screen summary with pnpm status', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'packages/dashboard/src/cli/status.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...fixture.env, HARVEST_CONFIG: '' },
    });
    console.log(`pnpm status:\n${stdout}`);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(30);
    for (const role of ROLES) expect(stdout).toMatch(new RegExp(`^${QUEUES[role]}\\s+\\d`, 'm'));
    expect(stdout).toMatch(new RegExp(`^${QUEUES.fetch}\\s+5\\s+0\\s+1\\s+1\\s+1\\b`, 'm'));
    expect(stdout).toMatch(/^documents\s+8 processed of 14 sources/m);
    expect(stdout).toMatch(/^throughput\s+\d+(\.\d)? docs\/min/m);
    expect(stdout).toMatch(/^to finish\s+\S+ at the current pace/m);
    expect(stdout).toMatch(/^\s+1\s+BadSourceError/m);
    expect(stdout).toMatch(/^\s+1\s+unsupported input/m);
  });

  it('serves a canonical record by key and refuses anything that is not a record key', async () => {
    const registry = new DatasetRegistry(redis!, harvestKeys(prefix));
    const entry = [...(await registry.entries(FINISHED_DATASET)).values()].find((e) => e.status === 'ok')!;
    const ok = await fetch(`${server.url}/harvest/records/${entry.recordKey}.json`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { document: { doc_id: string } }).document.doc_id).toBe(entry.sha256);
    expect((await fetch(`${server.url}/harvest/records/..%2F..%2Fetc%2Fpasswd.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/harvest/records/${'0'.repeat(64)}-${'0'.repeat(32)}.json`)).status).toBe(404);
  });
});

async function provincesAndYears(fixture: HarvestFixture): Promise<Array<{ province: string; year: number }>> {
  const registry = new DatasetRegistry(redis!, harvestKeys(fixture.prefix));
  const store = new ContentStore(fixture.config.storage.dir);
  const out: Array<{ province: string; year: number }> = [];
  for (const entry of (await registry.entries(FINISHED_DATASET)).values()) {
    if (!entry.recordKey) continue;
    const { document } = (await store.readRecord(entry.recordKey))!.record;
    if (document.province && document.year) out.push({ province: document.province, year: document.year });
  }
  expect(out.length).toBeGreaterThanOrEqual(5);
  return out;
}

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage: true });
  console.log(`dashboard tests: screenshot ${path}`);
}
