/**
 * Fetching over HTTP from a local server: limits, redirects, transient versus permanent
 * failures, content sniffing, conditional requests, GBK and UTF-8 names and pages.
 * Fixture files are tiny synthetic ones (only their first bytes matter here).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentStore } from '../src/content-store.ts';
import { isTransient } from '../src/fetch-errors.ts';
import { fetchSource, type ValidatorStore, type Validators } from '../src/fetch-source.ts';
import { fileNameFromContentDisposition, fileNameFromUrl } from '../src/file-name.ts';
import { gbkVariant } from '../src/gbk-url.ts';
import { checkSourceLists, sourcesFromInputs } from '../src/input-sources.ts';
import { decodeHeaderValue, decodeText } from '../src/text-decoding.ts';
import { FixtureServer, gbkBytes, variantBytes } from './support/fixture-server.ts';
import { failure } from './support/failure.ts';

const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1'));
const files = [
  { name: 'a.pdf', bytes: pdf('first') },
  { name: 'b.pdf', bytes: pdf('second') },
  { name: '江苏.pdf', bytes: pdf('third') },
];
const server = new FixtureServer(files);
const dir = mkdtempSync(join(tmpdir(), 'harvest-fetch-'));
const store = new ContentStore(join(dir, 'store'));
// The fixture server listens on loopback, which the fetch policy refuses unless allowed.
const policy = { allowHosts: ['127.0.0.1'] };
const http = { timeoutMs: 2_000, maxBytes: 1024 * 1024, maxRedirects: 2, userAgent: 'test' };

beforeAll(async () => {
  await server.start();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fetchSource over HTTP', () => {
  it('stores a download by content hash, once', async () => {
    const first = await fetchSource(server.url('/doc/0'), { store, policy, http });
    expect(first.sha256).toBe(ContentStore.sha256(files[0]!.bytes));
    expect(first.format).toBe('pdf');
    expect(await store.hasRaw(first.sha256)).toBe(true);
    expect((await store.putRaw(files[0]!.bytes)).stored).toBe(false);
  });

  it('retries 5xx (transient) and not 404 (permanent)', async () => {
    const busy = await failure(fetchSource(server.url('/flaky/0?n=1'), { store, policy, http }));
    expect(busy.name).toBe('HttpStatusError');
    expect(isTransient(busy)).toBe(true);
    const missing = await failure(fetchSource(server.url('/missing/x.pdf'), { store, policy, http }));
    expect(missing.message).toMatch(/404/);
    expect(isTransient(missing)).toBe(false);
  });

  it('refuses an HTML page served with 200, without quoting the page (it may be an internal one)', async () => {
    const error = await failure(fetchSource(server.url('/html/report.pdf'), { store, policy, http }));
    expect(error.name).toBe('UnsupportedContentError');
    expect(error.message).toContain('an HTML page');
    expect(error.message).not.toContain('页面不存在');
    expect(isTransient(error)).toBe(false);
  });

  it('times out (transient) and caps the size (permanent)', async () => {
    const slow = await failure(fetchSource(server.url('/hang'), { store, policy, http: { ...http, timeoutMs: 300 } }));
    expect(slow.name).toBe('FetchTimeoutError');
    expect(isTransient(slow)).toBe(true);
    const big = await failure(fetchSource(server.url('/doc/0'), { store, policy, http: { ...http, maxBytes: 10 } }));
    expect(big.name).toBe('TooLargeError');
    expect(isTransient(big)).toBe(false);
  });

  it('follows a bounded number of redirects', async () => {
    const ok = await fetchSource(server.url('/redirect/2/1'), { store, policy, http });
    expect(ok.finalUrl).toBe(server.url('/doc/1'));
    const tooMany = await failure(fetchSource(server.url('/redirect/3/1'), { store, policy, http }));
    expect(tooMany.name).toBe('TooManyRedirectsError');
  });

  it('asks again conditionally and reuses the stored copy on 304', async () => {
    const memory = new Map<string, Validators>();
    const validators: ValidatorStore = { get: async (u) => memory.get(u) ?? null, set: async (u, v) => void memory.set(u, v) };
    const url = server.url('/doc/1?variant=7');
    const first = await fetchSource(url, { store, policy, http, validators });
    const second = await fetchSource(url, { store, policy, http, validators });
    expect(first.notModified).toBe(false);
    expect(second.notModified).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    expect(server.requests.get('/doc/1?variant=7')).toBe(2);
    expect(server.bodies.get('/doc/1?variant=7')).toBe(1);
  });

  it('decodes a GBK file name from Content-Disposition', async () => {
    expect((await fetchSource(server.url('/named/0'), { store, policy, http })).fileName).toBe('江苏省预算公开.pdf');
  });

  it('tries the GBK spelling of a Chinese URL when the UTF-8 one is not found', async () => {
    const result = await fetchSource(`${server.baseUrl}/gbkonly/江苏.pdf`, { store, policy, http });
    expect(result.sha256).toBe(ContentStore.sha256(files[2]!.bytes));
  });

  it('reads local files, and says clearly when one is missing', async () => {
    const path = join(dir, 'local.pdf');
    writeFileSync(path, files[1]!.bytes);
    expect((await fetchSource(path, { store, policy, http })).sha256).toBe(ContentStore.sha256(files[1]!.bytes));
    const missing = await failure(fetchSource(join(dir, 'nope.pdf'), { store, policy, http }));
    expect(missing.name).toBe('BadSourceError');
    expect(missing.message).toContain('does not exist');
  });
});

describe('names and pages in GBK or UTF-8', () => {
  it('decodes text by declared charset, else UTF-8 when valid, else GBK', () => {
    expect(decodeText(gbkBytes('预算公开'))).toBe('预算公开');
    expect(decodeText(new Uint8Array(Buffer.from('预算公开', 'utf8')))).toBe('预算公开');
    expect(decodeText(gbkBytes('预算'), 'gb2312')).toBe('预算');
  });

  it('reads file names from headers and URLs in either encoding', () => {
    const gbk = Buffer.from(gbkBytes('决算.pdf')).toString('latin1');
    const utf8 = Buffer.from('决算.pdf', 'utf8').toString('latin1');
    expect(decodeHeaderValue(gbk)).toBe('决算.pdf');
    expect(fileNameFromContentDisposition(`attachment; filename="${gbk}"`)).toBe('决算.pdf');
    expect(fileNameFromContentDisposition(`attachment; filename="${utf8}"`)).toBe('决算.pdf');
    expect(fileNameFromContentDisposition(`attachment; filename*=UTF-8''%E5%86%B3%E7%AE%97.pdf`)).toBe('决算.pdf');
    expect(fileNameFromUrl('http://x.gov.cn/files/%BE%F6%CB%E3.pdf')).toBe('决算.pdf');
    expect(fileNameFromUrl('http://x.gov.cn/files/%E5%86%B3%E7%AE%97.pdf')).toBe('决算.pdf');
  });

  it('spells a URL in GBK', () => {
    expect(gbkVariant('http://x.gov.cn/决算.pdf')).toBe('http://x.gov.cn/%BE%F6%CB%E3.pdf');
    expect(gbkVariant('http://x.gov.cn/%E5%86%B3%E7%AE%97.pdf')).toBe('http://x.gov.cn/%BE%F6%CB%E3.pdf');
    expect(gbkVariant('http://x.gov.cn/a%20b.pdf')).toBeNull();
    expect(gbkVariant('http://x.gov.cn/%BE%F6.pdf')).toBeNull(); // already GBK
  });

  it('reads a URL list saved in GBK', async () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(list, Buffer.concat([Buffer.from('# 江苏\n'), Buffer.from(gbkBytes('http://x.gov.cn/决算.pdf\n\nhttp://x.gov.cn/预算.pdf\n'))]));
    expect((await sourcesFromInputs([list])).map((s) => s.source)).toEqual(['http://x.gov.cn/决算.pdf', 'http://x.gov.cn/预算.pdf']);
  });

  it('refuses local paths in a URL list unless they lie under --root', async () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'x.pdf'), files[0]!.bytes);
    const list = join(dir, 'mixed.txt');
    writeFileSync(list, `http://x.gov.cn/a.pdf\n${join(docs, 'x.pdf')}\n`);
    const refused = await failure(checkSourceLists([list]));
    expect(refused.name).toBe('SourceListError');
    expect(refused.message).toMatch(/mixed\.txt line 2: .* is a local path.*--root/);
    expect((await failure(sourcesFromInputs([list]))).name).toBe('SourceListError');
    // Under the named root it is read; elsewhere (or via ..) it is still refused.
    expect((await sourcesFromInputs([list], { roots: [docs] })).map((s) => s.location)).toEqual(['http://x.gov.cn/a.pdf', join(docs, 'x.pdf')]);
    writeFileSync(list, `${docs}/../../../etc/passwd\n`);
    expect((await failure(checkSourceLists([list], { roots: [docs] }))).message).toMatch(/not under the folder given with --root/);
    // The operator's own command-line paths stay as they were.
    expect((await sourcesFromInputs([join(docs, 'x.pdf')])).length).toBe(1);
  });

  it('rejects a list line that is not a URL or a path, as one clear error', async () => {
    const list = join(dir, 'garbage.txt');
    writeFileSync(list, Buffer.concat([Buffer.from('http://x.gov.cn/a.pdf\n'), Buffer.from([0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x00, 0xff, 0x0a]), Buffer.from('ftp://x/y\n')]));
    const error = await failure(checkSourceLists([list]));
    expect(error.message).toMatch(/^garbage\.txt line 2|line 2: not a URL or a path/);
    expect(error.message).not.toMatch(/\u001b/);
    writeFileSync(list, 'ftp://x.gov.cn/a.pdf\n');
    expect((await failure(checkSourceLists([list]))).message).toMatch(/line 1: "ftp:\/\/x.gov.cn\/a.pdf" is not an http\(s\) URL/);
  });

  it('makes variants with distinct bytes', () => {
    expect(ContentStore.sha256(variantBytes(files[0]!.bytes, 1))).not.toBe(ContentStore.sha256(variantBytes(files[0]!.bytes, 2)));
  });
});
