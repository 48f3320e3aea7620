/**
 * pnpm dataset NAME --out DIR [--bom]     writes the dataset of every finished document
 * pnpm dataset NAME --status              prints where the harvest stands
 * pnpm dataset --list                     lists datasets
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COVERAGE_FILE, describeCoverage, parseFormats, type DatasetFormat } from '@budget/emit';
import { createProgress } from '@budget/progress';
import { buildDataset } from '../build-dataset.ts';
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { datasetProgress } from '../dataset-progress.ts';
import { withProducerConnection } from '../redis-connections.ts';
import { runCommand, UsageError } from './run-command.ts';

const USAGE = `usage: pnpm dataset NAME --out DIR [--bom] [--formats csv,jsonl,parquet,duckdb]
       pnpm dataset NAME --status
       pnpm dataset --list

  --out DIR   write the dataset (layout of docs/DATASET.md) of every finished document
  --bom       add a UTF-8 BOM to the CSV files (for Excel)
  --formats   which files to write, comma-separated (default all: csv,jsonl,parquet,duckdb)
  --status    print sources, entries by status, flows in flight and failed jobs
  --list      list the datasets known to Redis`;

runCommand(USAGE, async () => {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { out: { type: 'string' }, bom: { type: 'boolean', default: false }, formats: { type: 'string' }, status: { type: 'boolean', default: false }, list: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const config = loadConfig();
  return withProducerConnection(config.redis.url, async (redis) => {
    const context = createContext(config, redis);
    if (values.list) {
      for (const name of await context.registry.datasets()) console.log(name);
      return 0;
    }
    const [name] = positionals;
    if (!name || positionals.length > 1) throw new UsageError('give exactly one dataset NAME');
    if (values.status) {
      console.log(JSON.stringify(await datasetProgress(context, name), null, 2));
      return 0;
    }
    if (!values.out) throw new UsageError('--out DIR is required');
    const progress = createProgress({ total: 0 });
    const summary = await buildDataset(context, name, values.out, {
      bom: values.bom,
      ...(values.formats ? { formats: parseFormatsOrUsage(values.formats) } : {}),
      onProgress: (done, total) => progress.update(done, undefined, total),
    });
    progress.finish();
    console.error(
      `dataset ${name}: ${summary.documents} document(s) from ${summary.sources} source(s) written to ${values.out}\n` +
        `rows: ${Object.entries(summary.rows).filter(([f]) => f.endsWith('.csv')).map(([f, n]) => `${f} ${n}`).join(', ')}` +
        (summary.unfinished.length ? `\nnot finished yet (left out): ${summary.unfinished.length}` : '') +
        (summary.duplicates.length ? `\nsame bytes as an earlier source (in manifest inputs only): ${summary.duplicates.length}` : '') +
        (summary.missingRecords.length ? `\nrecords missing from ${config.storage.dir} (left out): ${summary.missingRecords.length}` : '') +
        `\n${describeCoverage(summary.coverage, { file: join(values.out, `${COVERAGE_FILE}.csv`) })}`,
    );
    return summary.missingRecords.length ? 1 : 0;
  });
});

/** --formats as a list, or a usage error naming the unknown format. */
function parseFormatsOrUsage(text: string): DatasetFormat[] {
  try {
    return parseFormats(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
