/**
 * The fetch policy, through both ways in: the workers' fetchSource and `pnpm extract`'s
 * loadInput. Private addresses in every spelling are refused by default, also behind a
 * redirect and behind a name that resolves to loopback; the allow-list lets them through.
 * A real HTTP server on loopback stands for "a server on the operator's network".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput, parseAllowHosts } from '@budget/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentStore } from '../src/content-store.ts';
import { fetchSource } from '../src/fetch-source.ts';
import { failure } from './support/failure.ts';

const PDF = Buffer.from('%PDF-1.4\n% policy\n%%EOF\n', 'latin1');
const dir = mkdtempSync(join(tmpdir(), 'fetch-policy-'));
const store = new ContentStore(join(dir, 'store'));
const http = { timeoutMs: 3_000, maxBytes: 1024 * 1024, maxRedirects: 3, userAgent: 'test' };
let server: Server;
let port = 0;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const redirect = /^\/to\/(.+)$/.exec(req.url ?? '');
    if (redirect) {
      res.writeHead(302, { location: decodeURIComponent(redirect[1]!) });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(PDF);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Loopback, private, link-local, metadata, CGNAT, unique-local and unspecified, in many spellings. */
const spellings = () => [
  `http://127.0.0.1:${port}/a.pdf`,
  `http://127.1:${port}/a.pdf`,
  `http://0x7f000001:${port}/a.pdf`,
  `http://2130706433:${port}/a.pdf`,
  `http://017700000001:${port}/a.pdf`,
  `http://0.0.0.0:${port}/a.pdf`,
  `http://localhost:${port}/a.pdf`,
  `http://[::1]:${port}/a.pdf`,
  `http://[::ffff:127.0.0.1]:${port}/a.pdf`,
  `http://user:secret@127.0.0.1:${port}/a.pdf`,
  'http://169.254.169.254/latest/meta-data/',
  'http://100.100.100.200/latest/meta-data/',
  'http://10.0.0.1/a.pdf',
  'http://192.168.1.1/a.pdf',
  'http://[fd00::1]/a.pdf',
  'http://[fe80::1]/a.pdf',
];

describe('fetch policy: default deny for non-public addresses', () => {
  it('refuses every spelling, in the workers and in pnpm extract, without connecting', async () => {
    const before = hits;
    for (const url of spellings()) {
      const worker = await failure(fetchSource(url, { store, http, policy: { allowHosts: [] } }));
      expect(worker.name, url).toBe('BlockedAddressError');
      const extract = await failure(loadInput(url, { ...http, policy: { allowHosts: [] } }));
      expect(extract.name, url).toBe('BlockedAddressError');
      expect(worker.message).not.toContain('secret');
    }
    expect(hits).toBe(before);
  });

  it('refuses a redirect to a private address, checking every hop', async () => {
    const policy = { allowHosts: parseAllowHosts(`127.0.0.1:${port}`) };
    for (const target of ['http://127.0.0.1:6379/', `http://localhost:${port}/a.pdf`, `http://[::1]:${port}/a.pdf`, 'http://169.254.169.254/']) {
      const url = `http://127.0.0.1:${port}/to/${encodeURIComponent(target)}`;
      expect((await failure(fetchSource(url, { store, http, policy }))).name, target).toBe('BlockedAddressError');
      expect((await failure(loadInput(url, { ...http, policy }))).name, target).toBe('BlockedAddressError');
    }
  });

  it('lets listed hosts through, by host or host:port, in any spelling of the listed address', async () => {
    for (const allow of ['127.0.0.1', `127.0.0.1:${port}`, `127.1:${port}`]) {
      const policy = { allowHosts: parseAllowHosts(allow) };
      const url = `http://0x7f000001:${port}/a.pdf`;
      expect((await fetchSource(url, { store, http, policy })).format).toBe('pdf');
      expect(Buffer.from(await loadInput(url, { ...http, policy })).equals(PDF)).toBe(true);
    }
    // Another port of an allowed host:port is still refused.
    const policy = { allowHosts: parseAllowHosts('127.0.0.1:1') };
    expect((await failure(fetchSource(`http://127.0.0.1:${port}/a.pdf`, { store, http, policy }))).name).toBe('BlockedAddressError');
  });

  it('reads HARVEST_FETCH_ALLOW_HOSTS in pnpm extract', async () => {
    const saved = process.env.HARVEST_FETCH_ALLOW_HOSTS;
    try {
      process.env.HARVEST_FETCH_ALLOW_HOSTS = `example.invalid, 127.0.0.1:${port}`;
      expect((await loadInput(`http://127.0.0.1:${port}/a.pdf`, http)).length).toBe(PDF.length);
      delete process.env.HARVEST_FETCH_ALLOW_HOSTS;
      expect((await failure(loadInput(`http://127.0.0.1:${port}/a.pdf`, http))).name).toBe('BlockedAddressError');
    } finally {
      if (saved === undefined) delete process.env.HARVEST_FETCH_ALLOW_HOSTS;
      else process.env.HARVEST_FETCH_ALLOW_HOSTS = saved;
    }
  });

  it('refuses malformed allow-list entries', () => {
    expect(() => parseAllowHosts('http://x/')).toThrow(/HARVEST_FETCH_ALLOW_HOSTS/);
    expect(parseAllowHosts(' a.gov.cn ,, 10.0.0.5:8080')).toEqual(['a.gov.cn', '10.0.0.5:8080']);
  });
});
