/**
 * The dashboard's HTTP server: the harvest page and document list, canonical records as
 * JSON, bull-board under /queues, and Prometheus metrics under /metrics, all behind the
 * access token when one is set. Everything it holds belongs to this server instance
 * (its reader, metrics registry and event follower) and is released by `close()`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import { QUEUES, ROLES, type HarvestConfig } from '@budget/workers';
import { JobEventFollower } from '../metrics/job-event-follower.ts';
import { createHarvestMetrics } from '../metrics/harvest-metrics.ts';
import { HarvestReader } from '../summary/harvest-reader.ts';
import { requireToken } from './access-token.ts';
import { checkExposure, type DashboardOptions } from './dashboard-options.ts';
import { documentsPage } from './documents-page.ts';
import { escapeHtml } from './html.ts';
import { harvestPage } from './harvest-page.ts';
import { pageAssets } from './page-assets.ts';
import { QUEUE_BOARD_PATH, queueBoard } from './queue-board.ts';
import { securityHeaders } from './security-headers.ts';

export interface DashboardServer {
  /** Where it listens, e.g. `http://127.0.0.1:3100`. */
  url: string;
  reader: HarvestReader;
  close(): Promise<void>;
}

export interface StartDashboardOptions {
  /** The harvest to show (Redis URL and prefix, storage directory). */
  config: HarvestConfig;
  /** An open connection (see dashboardConnection); the caller closes it after `close()`. */
  redis: Redis;
  options: DashboardOptions;
  /** Problems worth telling the operator (Redis gone, a page failing). Default: stderr. */
  warn?: (message: string) => void;
}

export async function startDashboard(start: StartDashboardOptions): Promise<DashboardServer> {
  const options = checkExposure(start.options);
  const warn = start.warn ?? ((message: string) => console.error(`dashboard: ${message}`));
  const reader = new HarvestReader(start.redis, start.config);
  const metrics = createHarvestMetrics(() => reader.snapshot());
  const follower = new JobEventFollower(start.redis, start.config.redis.prefix, ROLES.map((r) => QUEUES[r]), metrics.events, (error) => warn(`reading queue events: ${error.message}`));
  await follower.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok\n');
  });
  if (options.token !== undefined) app.use(requireToken(options.token));
  app.use(pageAssets());
  app.get('/', (_req, res) => res.redirect('/harvest'));
  const page = { redisUrl: redactedUrl(start.config.redis.url), storageDir: start.config.storage.dir, refreshMs: options.refreshMs };
  app.get('/harvest', async (_req, res) => {
    res.type('html').send(harvestPage(await reader.snapshot(), page));
  });
  app.get('/harvest/documents', async (req, res) => {
    const text = (key: string) => (typeof req.query[key] === 'string' ? (req.query[key] as string) : undefined);
    const filter = { dataset: text('dataset'), status: text('status'), province: text('province'), year: text('year'), page: Number(text('page') ?? 1) || 1 };
    res.type('html').send(documentsPage(await reader.snapshot(), filter, options.refreshMs));
  });
  app.get('/harvest/api/snapshot', async (_req, res) => {
    // The full document list can be large; the list page serves it a page at a time.
    const { documents, ...summary } = await reader.snapshot();
    res.json({ ...summary, documentCount: documents.length });
  });
  app.get('/harvest/records/:file', async (req, res) => {
    const recordKey = String(req.params.file).replace(/\.json$/, '');
    const envelope = await reader.record(recordKey);
    if (!envelope) {
      res.status(404).type('text/plain').send(`no canonical record ${recordKey} in ${start.config.storage.dir}\n`);
      return;
    }
    res.type('application/json; charset=utf-8').send(JSON.stringify(envelope.record, null, 2));
  });
  app.get('/metrics', async (_req, res) => {
    await follower.poll();
    const body = await metrics.registry.metrics();
    res.type(metrics.registry.contentType).send(body);
  });
  app.use(QUEUE_BOARD_PATH, queueBoard(Object.values(reader.queues)));
  // Our own 404, so it keeps the security headers (Express's own replaces the policy).
  app.use((req, res) => {
    res.status(404).type('text/plain').send(`no page ${req.path} here: start at /harvest\n`);
  });
  app.use((error: Error, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    // A request we cannot read (e.g. a garbled %-escape in the address) is the client's mistake.
    const clientError = (error as { status?: unknown }).status;
    if (typeof clientError === 'number' && clientError >= 400 && clientError < 500) {
      res.status(clientError).type('text/plain').send(`bad request: ${error.message}\n`);
      return;
    }
    warn(`${req.method} ${req.path}: ${error.message}`);
    const unreachable = /ECONNREFUSED|Connection is closed|Stream isn't writeable|enableOfflineQueue/i.test(error.message);
    res.status(unreachable ? 503 : 500).type('html').send(
      `<!doctype html><meta charset="utf-8"><title>Dashboard error</title><h1>${unreachable ? 'Redis is unreachable' : 'The dashboard could not read the harvest'}</h1><p>${escapeHtml(error.message)}</p><p>The page will work again once this is fixed; reload it.</p>`,
    );
  });

  const server = await listen(app, options.host, options.port);
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    reader,
    async close() {
      follower.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await reader.close();
    },
  };
}

function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

/** The Redis URL without its password, for display. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch (error) {
    return `(unparsable Redis URL: ${(error as Error).message})`;
  }
}
