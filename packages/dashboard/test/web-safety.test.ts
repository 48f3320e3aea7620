/**
 * The dashboard as a browser or an attacker meets it: every response carries the security
 * headers, the pages need no inline script or style (so the policy can forbid them), a
 * garbled cookie is a 401, and a blank token never starts a server. A real server on a
 * real Redis (the harvest under a prefix of its own, empty).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HarvestConfig } from '@budget/workers';
import { dashboardConnection } from '../src/read/dashboard-connection.ts';
import { DashboardOptions, DashboardOptionsError, resolveDashboardOptions } from '../src/web/dashboard-options.ts';
import { startDashboard, type DashboardServer } from '../src/web/dashboard-server.ts';
import { TOKEN_COOKIE } from '../src/web/access-token.ts';
import { deleteKeys, redisOrNull, TEST_REDIS_URL, testPrefix } from './support/redis.ts';

const TOKEN = 'a-token-of-enough-length';
const redis: Redis | null = await redisOrNull('dashboard web safety tests');

describe('a blank access token', () => {
  it('is refused, whether empty or only spaces', () => {
    for (const blank of ['', '   ', ' '.repeat(20), '\t\n']) {
      expect(() => resolveDashboardOptions({}, { DASHBOARD_TOKEN: blank }), JSON.stringify(blank)).toThrow(DashboardOptionsError);
      expect(() => resolveDashboardOptions({}, { DASHBOARD_TOKEN: blank })).toThrow(/DASHBOARD_TOKEN is blank/);
    }
  });

  it.skipIf(!redis)('does not start a server', async () => {
    const { config, cleanup } = emptyHarvest();
    const serverRedis = await dashboardConnection(config.redis.url);
    try {
      const options = { ...DashboardOptions.parse({ port: 0 }), token: ' '.repeat(20) };
      await expect(startDashboard({ config, redis: serverRedis, options, warn: () => {} })).rejects.toThrow(/blank/);
    } finally {
      serverRedis.disconnect();
      cleanup();
    }
  });
});

describe.skipIf(!redis)('every response of a dashboard with a token', () => {
  let server: DashboardServer;
  let serverRedis: Redis;
  let harvest: ReturnType<typeof emptyHarvest>;
  const authorised = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    harvest = emptyHarvest();
    serverRedis = await dashboardConnection(harvest.config.redis.url);
    const options = DashboardOptions.parse({ port: 0, refreshMs: 5_000, token: TOKEN });
    server = await startDashboard({ config: harvest.config, redis: serverRedis, options, warn: () => {} });
  });

  afterAll(async () => {
    await server?.close();
    serverRedis?.disconnect();
    await deleteKeys(redis!, harvest.config.redis.prefix);
    await redis!.quit();
    harvest?.cleanup();
  });

  it('carries the security headers, pages and errors alike', async () => {
    const answers = {
      health: await fetch(`${server.url}/healthz`),
      unauthorised: await fetch(`${server.url}/harvest`),
      page: await fetch(`${server.url}/harvest`, { headers: authorised }),
      stylesheet: await fetch(`${server.url}/assets/dashboard.css`, { headers: authorised }),
      queues: await fetch(`${server.url}/queues`, { headers: authorised }),
      notFound: await fetch(`${server.url}/no-such-page`, { headers: authorised }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([what, r]) => [what, r.status]))).toEqual({ health: 200, unauthorised: 401, page: 200, stylesheet: 200, queues: 200, notFound: 404 });
    for (const [what, response] of Object.entries(answers)) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, what).toContain("default-src 'self'");
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(csp, what).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
    }
  });

  it('serves pages whose style and script are files of its own, nothing inline', async () => {
    for (const path of ['/harvest', '/harvest/documents']) {
      const page = await (await fetch(`${server.url}${path}`, { headers: authorised })).text();
      expect(page, path).toContain('<link rel="stylesheet" href="/assets/dashboard.css">');
      expect(page, path).toContain('<script src="/assets/refresh.js" data-refresh-ms="5000"></script>');
      expect(page, path).not.toMatch(/<style|<script>|\sstyle=|\son[a-z]+=/i);
    }
    const script = await fetch(`${server.url}/assets/refresh.js`, { headers: authorised });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('document.currentScript.dataset.refreshMs');
  });

  it('answers 401, not 500, to a garbled cookie', async () => {
    for (const cookie of [`${TOKEN_COOKIE}=%E0%A4%A`, `${TOKEN_COOKIE}=%`, `garbage;;=;${TOKEN_COOKIE}`, 'a=b; =%zz; ;', `${TOKEN_COOKIE}=${'%'.repeat(5000)}`]) {
      const response = await fetch(`${server.url}/harvest`, { headers: { cookie } });
      expect(response.status, cookie).toBe(401);
      expect(response.headers.get('content-security-policy'), cookie).toContain("default-src 'self'");
    }
    // The right token in a cookie still opens the page.
    expect((await fetch(`${server.url}/harvest`, { headers: { cookie: `${TOKEN_COOKIE}=${encodeURIComponent(TOKEN)}` } })).status).toBe(200);
  });

  it('answers 401 to a garbled ?token= and keeps serving', async () => {
    const response = await fetch(`${server.url}/harvest?token=%E0%A4%A`, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers 400 to a garbled address, with the headers', async () => {
    const response = await fetch(`${server.url}/harvest/records/%E0%A4%A`, { headers: authorised });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

/** A harvest nobody has started: the dashboard reads empty queues under a fresh prefix. */
function emptyHarvest(): { config: HarvestConfig; cleanup: () => void } {
  const storage = mkdtempSync(join(tmpdir(), 'dashboard-web-'));
  const config = loadConfig({ file: null, env: { HARVEST_REDIS_URL: TEST_REDIS_URL, HARVEST_PREFIX: testPrefix(), HARVEST_STORAGE_DIR: join(storage, 'store') } });
  return { config, cleanup: () => rmSync(storage, { recursive: true, force: true }) };
}
