import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS, IsolatedProcessor } from '@budget/pipeline';

const sample = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../samples/B-1-luoyang-xigong-2025.pdf')));
const processors: IsolatedProcessor[] = [];
const make = (maxHeapMb: number, deadlineMs: number) => {
  const p = new IsolatedProcessor(DEFAULT_PROCESS_OPTIONS, { maxHeapMb, deadlineMs });
  processors.push(p);
  return p;
};
afterEach(async () => { await Promise.all(processors.splice(0).map((p) => p.close())); });

describe('documents in a worker process', () => {
  it('processes documents and reuses the worker', async () => {
    const processor = make(1024, 60_000);
    const first = await processor.process(sample, 'b.pdf');
    const second = await processor.process(sample, 'b-again.pdf');
    expect(first.document.status).toBe('ok');
    expect(second.budget_lines.length).toBe(first.budget_lines.length);
    expect(second.document.source).toBe('b-again.pdf');
  });

  it('stops a document that runs past its deadline, and the next one still runs', async () => {
    const processor = make(1024, 50);
    const late = await processor.process(sample, 'late.pdf');
    expect(late.document.status).toBe('failed');
    expect(late.document.error).toMatch(/ExtractionTimeoutError/);
  });

  it('stops a document that needs more memory than allowed', async () => {
    // 16 MiB of heap cannot even load the PDF parser: the limit trips and the worker is stopped.
    const processor = make(16, 60_000);
    const record = await processor.process(sample, 'big.pdf');
    expect(record.document.status).toBe('failed');
    expect(record.document.error).toMatch(/DocumentTooLargeError|memory/);
  });
});
