/**
 * budget-disclosures command line.
 *   extract <file|dir|url>... --out DIR [--strict] [--bom] [--formats LIST] [--max-pages N] [--timeout-ms N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVERAGE_FILE, describeCoverage, parseFormats } from '@budget/emit';
import { asUsageError, checkOutDir, createProgress, parseCommandLine, runCli, UsageError, wholeNumber } from '@budget/progress';
import { expandInputs, runExtraction } from '@budget/pipeline/run';

const USAGE = `usage: pnpm extract <file|dir|url>... --out DIR [--jobs N] [--strict] [--bom] [--formats LIST] [--max-pages N] [--timeout-ms N] [--max-heap-mb N] [--no-isolate]

  --out DIR        where the dataset is written (default: out)
  --jobs N         documents processed at once, one worker process each (default: the number of cores);
                   the dataset is the same for every N
  --strict         exit with status 1 when any document is not ok
  --bom            add a UTF-8 BOM to the CSV files (for Excel)
  --formats LIST   files to write, comma-separated: csv,jsonl,parquet,duckdb (default all)
  --max-pages N    refuse PDFs with more pages (default 500)
  --timeout-ms N   per-document time limit (default 120000)
  --max-heap-mb N  per-document heap limit of the worker process (default 1024)
  --no-isolate     run documents in the main thread (no hard memory or time limit)`;

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      out: { type: 'string', default: 'out' },
      strict: { type: 'boolean', default: false },
      bom: { type: 'boolean', default: false },
      formats: { type: 'string' },
      'max-pages': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'max-heap-mb': { type: 'string' },
      jobs: { type: 'string' },
      isolate: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  // Every mistake on the command line is found before the first document is read.
  if (positionals.length === 0) throw new UsageError('give at least one file, directory or URL');
  const out = await checkOutDir(values.out);
  const formats = values.formats ? asUsageError(() => parseFormats(values.formats!)) : undefined;
  const jobs = wholeNumber(values.jobs, '--jobs');
  const maxHeapMb = wholeNumber(values['max-heap-mb'], '--max-heap-mb');
  const maxPages = wholeNumber(values['max-pages'], '--max-pages');
  const timeoutMs = wholeNumber(values['timeout-ms'], '--timeout-ms');
  const sources = await expandInputs(positionals);
  const started = Date.now();
  console.error(`extracting ${sources.length} document(s) into ${out}`);
  // A bar with counts and ETA on a terminal; one plain line per document elsewhere (logs, tests).
  const progress = createProgress({ total: sources.length });
  progress.update(0);
  const summary = await runExtraction(sources, {
    out,
    bom: values.bom,
    ...(formats ? { formats } : {}),
    toolVersion: toolVersion(),
    isolate: values.isolate,
    ...(maxHeapMb ? { maxHeapMb } : {}),
    ...(jobs ? { jobs } : {}),
    process: {
      ...(maxPages ? { maxPages } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    },
    onProgress: (done, total, record) => {
      const d = record.document;
      const what = d.status === 'failed' ? d.error : `${record.tables.length} tables, ${record.budget_lines.length} rows, quality ${d.quality ?? '-'}`;
      const line = `[${done}/${total}] ${d.status.padEnd(9)} ${d.source}  ${what}`;
      // Under the bar, only documents that need a look get a line of their own.
      progress.update(done, progress.interactive && d.status === 'ok' ? undefined : line);
    },
  });
  progress.finish();
  const seconds = (Date.now() - started) / 1000;
  console.error(
    `\ndocuments: ${summary.documents} (ok ${summary.ok}, partial ${summary.partial}, failed ${summary.failed}, needs_ocr ${summary.needsOcr})\n` +
      `tables: ${summary.tables}, rows: ${summary.rows}, findings: ${summary.findings}\n` +
      `pages: ${summary.pages} in ${seconds.toFixed(1)} s (${(summary.pages / Math.max(seconds, 0.001)).toFixed(1)} pages/s; ${summary.pagesDrawingSkipped} page(s) of prose needed no drawing parsed)\n` +
      `memory: peak RSS ${summary.memory.peakRssMb} MiB (this process; each worker is a process of its own); heap: coordinator ${summary.memory.coordinatorHeapMb} MiB, largest worker ${summary.memory.workerHeapMb} MiB\n` +
      `dataset: ${out}\n` +
      describeCoverage(summary.coverage, { file: join(out, `${COVERAGE_FILE}.csv`) }),
  );
  if (values.strict && summary.ok !== summary.documents) return 1;
  return 0;
}

runCli(USAGE, async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'extract') return extract(rest);
  throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : 'give a command: extract');
});
