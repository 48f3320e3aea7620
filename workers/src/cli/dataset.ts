/**
 * pnpm dataset NAME --out DIR [--bom]     writes the dataset of every finished document
 * pnpm dataset NAME --status              prints where the harvest stands
 * pnpm dataset --list                     lists datasets
 */
import { join } from 'node:path';
import { COVERAGE_FILE, describeCoverage, parseFormats } from '@budget/emit';
import { asUsageError, checkOutDir, createProgress, parseCommandLine, UsageError } from '@budget/progress';
import { buildDataset } from '../build-dataset.ts';
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { datasetProgress } from '../dataset-progress.ts';
import { checkDatasetName } from '../names.ts';
import { withProducerConnection } from '../redis-connections.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: pnpm dataset NAME --out DIR [--bom] [--formats csv,jsonl,parquet,duckdb]
       pnpm dataset NAME --status
       pnpm dataset --list

  --out DIR   write the dataset (layout of docs/DATASET.md) of every finished document
  --bom       add a UTF-8 BOM to the CSV files (for Excel)
  --formats   which files to write, comma-separated (default all: csv,jsonl,parquet,duckdb)
  --status    print sources, entries by status, flows in flight and failed jobs
  --list      list the datasets known to Redis`;

runCommand(USAGE, async () => {
  const { values, positionals } = parseCommandLine({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { out: { type: 'string' }, bom: { type: 'boolean', default: false }, formats: { type: 'string' }, status: { type: 'boolean', default: false }, list: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (values.list) {
    const config = loadConfig();
    return withProducerConnection(config.redis.url, async (redis) => {
      for (const name of await createContext(config, redis).registry.datasets()) console.log(name);
      return 0;
    });
  }
  // Mistakes on the command line are found before Redis is asked anything.
  const [name] = positionals;
  if (!name || positionals.length > 1) throw new UsageError('give exactly one dataset NAME');
  asUsageError(() => checkDatasetName(name));
  const out = values.status ? undefined : await checkOutDir(values.out ?? missing('--out DIR'));
  const formats = values.formats ? asUsageError(() => parseFormats(values.formats!)) : undefined;
  const config = loadConfig();
  return withProducerConnection(config.redis.url, async (redis) => {
    const context = createContext(config, redis);
    if (!out) {
      console.log(JSON.stringify(await datasetProgress(context, name), null, 2));
      return 0;
    }
    const progress = createProgress({ total: 0 });
    const summary = await buildDataset(context, name, out, {
      bom: values.bom,
      ...(formats ? { formats } : {}),
      onProgress: (done, total) => progress.update(done, undefined, total),
    });
    progress.finish();
    console.error(
      `dataset ${name}: ${summary.documents} document(s) from ${summary.sources} source(s) written to ${out}\n` +
        `rows: ${Object.entries(summary.rows).filter(([f]) => f.endsWith('.csv')).map(([f, n]) => `${f} ${n}`).join(', ')}` +
        (summary.unfinished.length ? `\nnot finished yet (left out): ${summary.unfinished.length}` : '') +
        (summary.duplicates.length ? `\nsame bytes as an earlier source (in manifest inputs only): ${summary.duplicates.length}` : '') +
        (summary.missingRecords.length ? `\nrecords missing from ${config.storage.dir} (left out): ${summary.missingRecords.length}` : '') +
        `\n${describeCoverage(summary.coverage, { file: join(out, `${COVERAGE_FILE}.csv`) })}`,
    );
    return summary.missingRecords.length ? 1 : 0;
  });
});

function missing(what: string): never {
  throw new UsageError(`${what} is required`);
}
