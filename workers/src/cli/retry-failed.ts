/**
 * pnpm retry-failed [--dataset NAME] [--dry-run]
 * Queues a fresh flow for every document that has a job in a failed set.
 */
import { displayLocation } from '@budget/model';
import { asUsageError, parseCommandLine } from '@budget/progress';
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { withProducerConnection } from '../redis-connections.ts';
import { checkDatasetName } from '../names.ts';
import { retryFailed } from '../retry-failed.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: pnpm retry-failed [--dataset NAME] [--dry-run]

  Re-queues every document with a failed fetch, extract or record job (all datasets, or
  only NAME), printing each with the reason it had failed.
  --dry-run   only list them (dataset, source, queue: reason); change nothing`;

runCommand(USAGE, async () => {
  const { values } = parseCommandLine({ args: process.argv.slice(2), options: { dataset: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (values.dataset !== undefined) asUsageError(() => checkDatasetName(values.dataset!));
  const config = loadConfig();
  return withProducerConnection(config.redis.url, async (redis) => {
    const dryRun = values['dry-run'];
    const summary = await retryFailed(createContext(config, redis), { dataset: values.dataset, dryRun });
    for (const r of summary.requeued) console.log(`${r.dataset}\t${displayLocation(r.source)}\t${r.queue}: ${displayLocation(r.reason)}`);
    console.error(dryRun ? `${summary.requeued.length} document(s) with a failed job` : `${summary.requeued.length} document(s) queued again (run ${summary.run})`);
    return 0;
  });
});
