/**
 * A local HTTP server for harvesting tests and the benchmark, serving given files under
 * routes that misbehave the way government sites do:
 *   /doc/<i>            file i (ETag + conditional GET; `?variant=n` gives distinct bytes, same content)
 *   /slow/<i>?ms=N      file i after N ms (`&first=1`: only the first request is slow)
 *   /flaky/<i>          503 twice (per URL), then file i
 *   /missing/<name>     404 (until `heal(path, i)` makes it serve file i)
 *   /gbkonly/<name>     the file of that name, only when the path is percent-encoded in GBK (404 for UTF-8)
 *   /html/<name>        an HTML error page in GBK with status 200
 *   /redirect/<n>/<i>   n redirects, then file i
 *   /named/<i>          file i with a (percent-encoded) GBK Content-Disposition file name
 *   /hang               never answers
 * Counts requests per URL so tests can tell what was fetched how often.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureFile {
  name: string;
  bytes: Uint8Array;
}

export class FixtureServer {
  private server: Server | null = null;
  /** Requests per URL (path and query). */
  readonly requests = new Map<string, number>();
  /** Responses per URL with status 200 and a body. */
  readonly bodies = new Map<string, number>();
  private readonly flakyCounts = new Map<string, number>();
  /** Paths under /missing/ that serve a file now, by file index. */
  private readonly healed = new Map<string, number>();
  baseUrl = '';

  constructor(readonly files: FixtureFile[]) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** From now on `path` (a /missing/ path) serves file `index`. */
  heal(path: string, index: number): void {
    this.healed.set(path, index);
  }

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = `${url.pathname}${url.search}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const parts = url.pathname.split('/').filter(Boolean);
    const file = (index: string | undefined) => this.files[Number(index)];
    switch (parts[0]) {
      case 'doc':
        return this.serveFile(req, res, key, file(parts[1]), url);
      case 'slow':
        if (url.searchParams.get('first') !== '1' || this.requests.get(key) === 1) await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 1000)));
        return this.serveFile(req, res, key, file(parts[1]), url);
      case 'flaky': {
        const count = (this.flakyCounts.get(key) ?? 0) + 1;
        this.flakyCounts.set(key, count);
        if (count <= 2) {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('busy, try later');
          return;
        }
        return this.serveFile(req, res, key, file(parts[1]), url);
      }
      case 'missing': {
        const healed = this.healed.get(url.pathname);
        if (healed !== undefined) return this.serveFile(req, res, key, this.files[healed], url);
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      case 'gbkonly': {
        const raw = Buffer.from((parts[1] ?? '').replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
        let utf8 = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(raw);
        } catch (error) {
          utf8 = !(error instanceof TypeError);
        }
        const name = new TextDecoder('gb18030').decode(raw);
        const found = utf8 ? undefined : this.files.find((f) => f.name === name);
        if (!found) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        return this.serveFile(req, res, key, found, url);
      }
      case 'html': {
        const page = gbkBytes('<html><head><meta charset="gb2312"><title>页面不存在</title></head><body>您访问的页面不存在</body></html>');
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': page.length }).end(page);
        return;
      }
      case 'redirect': {
        const left = Number(parts[1]);
        const location = left > 1 ? `/redirect/${left - 1}/${parts[2]}` : `/doc/${parts[2]}`;
        res.writeHead(302, { location }).end();
        return;
      }
      case 'named':
        // Percent-encoded GBK, as many Chinese sites send it (Node's server cannot send raw GBK header bytes).
        return this.serveFile(req, res, key, file(parts[1]), url, { 'content-disposition': `attachment; filename="${[...gbkBytes('江苏省预算公开')].map((b) => `%${b.toString(16).toUpperCase()}`).join('')}.pdf"` });
      case 'hang':
        return; // never answers; the client's timeout ends it
      default:
        res.writeHead(404).end();
    }
  }

  private serveFile(req: IncomingMessage, res: ServerResponse, key: string, file: FixtureFile | undefined, url: URL, extra: Record<string, string> = {}): void {
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const variant = url.searchParams.get('variant');
    const bytes = variant === null ? file.bytes : variantBytes(file.bytes, Number(variant));
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    this.bodies.set(key, (this.bodies.get(key) ?? 0) + 1);
    const type = file.name.endsWith('.docx') ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf';
    res.writeHead(200, { 'content-type': type, 'content-length': bytes.length, etag, ...extra }).end(bytes);
  }
}

/**
 * The same document with different bytes: a PDF gets a trailing comment line, a DOCX a ZIP
 * archive comment; readers ignore both, so the content (and the extraction) is unchanged.
 */
export function variantBytes(bytes: Uint8Array, variant: number): Uint8Array {
  const note = Buffer.from(`variant ${variant}`, 'latin1');
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return new Uint8Array(Buffer.concat([bytes, Buffer.from(`\n%${note.toString('latin1')}\n`, 'latin1')]));
  const buffer = Buffer.from(bytes);
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return new Uint8Array(Buffer.concat([buffer, note]));
  const head = Buffer.from(buffer.subarray(0, eocd + 22));
  head.writeUInt16LE(note.length, eocd + 20);
  return new Uint8Array(Buffer.concat([head, note]));
}

/** GBK bytes of a string (the inverse of the built-in GB18030 decoder, for the few characters tests use). */
export function gbkBytes(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) >= 0x80));
  const table = new Map<string, [number, number]>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe && table.size < wanted.size; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const c = decoder.decode(pair);
      if (wanted.has(c) && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else out.push(...(table.get(c) ?? [0x3f]));
  }
  return new Uint8Array(out);
}
