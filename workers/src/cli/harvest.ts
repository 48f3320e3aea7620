/**
 * pnpm harvest <urls.txt | dir | url | file>... --dataset NAME [--wait] [--timeout-ms N]
 * Enqueues one flow (fetch → extract → record) per source; workers do the rest.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { createProgress } from '@budget/progress';
import { waitForDataset } from '../dataset-progress.ts';
import { harvest } from '../harvest.ts';
import { sourcesFromInputs } from '../input-sources.ts';
import { withProducerConnection } from '../redis-connections.ts';
import { positiveNumber, runCommand, UsageError } from './run-command.ts';

const USAGE = `usage: pnpm harvest <urls.txt | dir | url | file>... --dataset NAME [--wait] [--timeout-ms N]

  urls.txt          a list, one URL or path per line (UTF-8 or GBK; # comments)
  dir               walked for .pdf .docx .doc .wps, as pnpm extract does
  --dataset NAME    the dataset the documents belong to (letters, digits, _ . -)
  --wait            wait until every flow of the dataset has finished, printing progress
  --timeout-ms N    with --wait: give up after N ms (exit status 1)
  Then: pnpm dataset NAME --out DIR`;

runCommand(USAGE, async () => {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { dataset: { type: 'string' }, wait: { type: 'boolean', default: false }, 'timeout-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const dataset = values.dataset;
  if (!dataset) throw new UsageError('--dataset NAME is required');
  if (positionals.length === 0) throw new UsageError('give at least one URL, directory, list or file');
  const timeoutMs = positiveNumber(values['timeout-ms'], '--timeout-ms');
  const config = loadConfig();
  const sources = await sourcesFromInputs(positionals);
  return withProducerConnection(config.redis.url, async (redis) => {
    const context = createContext(config, redis);
    const summary = await harvest(context, { dataset, sources });
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
