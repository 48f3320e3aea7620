/**
 * pnpm harvest <urls.txt | dir | url | file>... --dataset NAME [--wait] [--timeout-ms N]
 * Enqueues one flow (fetch → extract → record) per source; workers do the rest.
 */
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { asUsageError, createProgress, parseCommandLine, UsageError, wholeNumber } from '@budget/progress';
import { waitForDataset } from '../dataset-progress.ts';
import { harvest, newRunId } from '../harvest.ts';
import { checkDatasetName } from '../names.ts';
import { checkSourceLists, streamSources, type Source } from '../input-sources.ts';
import { withProducerConnection } from '../redis-connections.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: pnpm harvest <urls.txt | dir | url | file>... --dataset NAME [--root DIR]... [--wait] [--timeout-ms N]

  urls.txt          a list, one http(s) URL per line (UTF-8 or GBK; # comments)
  --root DIR        a list may also name local files, under DIR only (repeatable; config sources.roots)
  dir               walked for .pdf .docx .doc .wps, as pnpm extract does
  --dataset NAME    the dataset the documents belong to (letters, digits, _ . -)
  --wait            wait until every flow of the dataset has finished, printing progress
  --timeout-ms N    with --wait: give up after N ms (exit status 1)
  Then: pnpm dataset NAME --out DIR`;

runCommand(USAGE, async () => {
  const { values, positionals } = parseCommandLine({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { dataset: { type: 'string' }, root: { type: 'string', multiple: true }, wait: { type: 'boolean', default: false }, 'timeout-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const dataset = values.dataset;
  if (!dataset) throw new UsageError('--dataset NAME is required');
  asUsageError(() => checkDatasetName(dataset));
  if (positionals.length === 0) throw new UsageError('give at least one URL, directory, list or file');
  const timeoutMs = wholeNumber(values['timeout-ms'], '--timeout-ms');
  const config = loadConfig();
  const sourceOptions = { roots: [...config.sources.roots, ...(values.root ?? [])] };
  // Every list is read once before anything is queued: a bad line stops the harvest whole.
  await checkSourceLists(positionals, sourceOptions);
  return withProducerConnection(config.redis.url, async (redis) => {
    const context = createContext(config, redis);
    const summary = await harvestInBatches(context, dataset, streamSources(positionals, sourceOptions));
    console.error(`dataset ${summary.dataset}: ${summary.sources} source(s), ${summary.added} new; ${summary.enqueued} flow(s) queued, ${summary.inFlight} already in flight (run ${summary.run})`);
    if (!values.wait) return 0;
    let last = '';
    const bar = createProgress({ total: summary.sources });
    const progress = await waitForDataset(context, summary.dataset, {
      timeoutMs,
      intervalMs: 2_000,
      onProgress: (p) => {
        const line = `in flight ${p.inFlight}, recorded ${p.recorded}/${p.sources} ${JSON.stringify(p.byStatus)}, failed jobs ${p.failedJobs}`;
        // A bar on a terminal; on a log, one line whenever the counts change.
        bar.update(p.recorded, line !== last && !bar.interactive ? line : undefined, p.sources);
        last = line;
      },
    });
    bar.finish();
    console.error(`done: ${progress.recorded}/${progress.sources} recorded${progress.failedJobs ? `; ${progress.failedJobs} failed job(s), see pnpm retry-failed` : ''}`);
    return 0;
  });
});

/** Queues sources 1,000 at a time under one run id, so a long list never sits in memory whole. */
async function harvestInBatches(context: ReturnType<typeof createContext>, dataset: string, sources: AsyncIterable<Source>) {
  const run = newRunId();
  const total = { dataset, run, sources: 0, added: 0, enqueued: 0, inFlight: 0 };
  let batch: Source[] = [];
  const flush = async () => {
    const summary = await harvest(context, { dataset, sources: batch, run });
    total.dataset = summary.dataset;
    total.sources += summary.sources;
    total.added += summary.added;
    total.enqueued += summary.enqueued;
    total.inFlight += summary.inFlight;
    batch = [];
  };
  for await (const source of sources) {
    batch.push(source);
    if (batch.length === 1_000) await flush();
  }
  if (batch.length > 0 || total.sources === 0) await flush();
  return total;
}
