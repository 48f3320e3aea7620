/**
 * pnpm status [--json]
 * One screen about the harvest configured like the workers: counts per queue and state,
 * throughput, time to finish, top failure reasons.
 */
import { parseCommandLine } from '@budget/progress';
import { loadConfig, withProducerConnection } from '@budget/workers';
import { statusReport } from '../status/status-report.ts';
import { HarvestReader } from '../summary/harvest-reader.ts';
import { redactedUrl } from '../web/dashboard-server.ts';
import { runCli } from './run-cli.ts';

const USAGE = `usage: pnpm status [--json]

  Prints counts per queue and state, documents processed, throughput, the estimated time
  to finish and the top failure reasons of the harvest configured in config/harvest.json
  and HARVEST_* variables (HARVEST_PREFIX picks the harvest).
  --json   the whole summary as JSON (without the per-document list)`;

runCli(USAGE, async () => {
  const { values } = parseCommandLine({ args: process.argv.slice(2), options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const config = loadConfig();
  return withProducerConnection(config.redis.url, async (redis) => {
    const reader = new HarvestReader(redis, config);
    try {
      const snapshot = await reader.snapshot();
      if (values.json) {
        const { documents, ...summary } = snapshot;
        process.stdout.write(`${JSON.stringify({ ...summary, documentCount: documents.length }, null, 2)}\n`);
      } else {
        process.stdout.write(statusReport(snapshot, { redisUrl: redactedUrl(config.redis.url), width: process.stdout.columns || 100 }));
      }
      return 0;
    } finally {
      await reader.close();
    }
  });
});
