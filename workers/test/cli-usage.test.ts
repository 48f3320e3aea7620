/**
 * The queue commands given mistakes on the command line: one line with the usage, exit
 * status 2, found before Redis is asked anything (real processes; Redis need not run). A
 * failure that is not the user's typing (Redis unreachable) is one line too, exit status 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectUsageMistake, runScript } from '../../packages/progress/test/support/command-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'workers-usage-'));
const file = join(scratch, 'a-file');
writeFileSync(file, 'not a directory\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// No Redis is reached in these tests: a mistake must be reported before any connection.
const NO_REDIS = { HARVEST_REDIS_URL: 'redis://127.0.0.1:1', HARVEST_CONFIG: '' };

const MISTAKES: Array<[command: string, args: string[], mentions: string]> = [
  ['workers', ['--foo'], 'unknown option --foo'],
  ['workers', ['--concurrency', 'abc'], '--concurrency wants a whole number above 0, not "abc"'],
  ['workers', ['--role', 'bogus'], 'unknown role "bogus"'],
  ['workers', ['extra'], 'unexpected argument "extra"'],
  ['harvest', ['samples', '--dataset', '-rf'], '--dataset needs a value, not the option -rf'],
  ['harvest', ['samples', '--dataset=-rf'], 'dataset name "-rf" is not allowed'],
  ['harvest', ['samples'], '--dataset NAME is required'],
  ['harvest', ['--dataset', 'x'], 'give at least one URL, directory, list or file'],
  ['harvest', ['samples', '--dataset', 'x', '--timeout-ms', '0'], '--timeout-ms wants a whole number above 0, not "0"'],
  ['dataset', ['x', '--out', file], `--out ${file} is a file, not a directory`],
  ['dataset', ['x', '--out', join(file, 'sub')], `cannot be created: ${file} is a file`],
  ['dataset', ['x', '--out', '--bom'], '--out needs a value, not the option --bom'],
  ['dataset', ['x', '--out', join(scratch, 'out'), '--formats', 'nonsense'], 'unknown format(s) nonsense'],
  ['dataset', ['x'], '--out DIR is required'],
  ['retry-failed', ['--dry-run=1'], '--dry-run takes no value'],
  ['retry-failed', ['--dataset', '-rf'], '--dataset needs a value, not the option -rf'],
  ['retry-failed', ['--dataset=../x'], 'dataset name "../x" is not allowed'],
  ['harvest:config', ['extra'], 'unexpected argument "extra"'],
];
const SCRIPTS: Record<string, string> = {
  workers: 'workers/src/cli/workers.ts',
  harvest: 'workers/src/cli/harvest.ts',
  dataset: 'workers/src/cli/dataset.ts',
  'retry-failed': 'workers/src/cli/retry-failed.ts',
  'harvest:config': 'workers/src/cli/print-config.ts',
};

describe.concurrent('the queue commands, told something they cannot take', () => {
  it.each(MISTAKES)('pnpm %s %j', async (command, args, mentions) => {
    await expectUsageMistake(command, SCRIPTS[command]!, args, mentions, NO_REDIS);
  });

  it('say in one line, exit status 1, that Redis cannot be reached', async () => {
    const result = await runScript(SCRIPTS['retry-failed']!, ['--dry-run'], NO_REDIS);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^pnpm retry-failed: cannot reach Redis at redis:\/\/127\.0\.0\.1:1 /)]);
  });

  it('say in one line, exit status 1, that the configuration is wrong', async () => {
    const result = await runScript(SCRIPTS['harvest:config']!, [], { ...NO_REDIS, HARVEST_EXTRACT_CONCURRENCY: 'abc' });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^pnpm harvest:config: invalid config .*HARVEST_EXTRACT_CONCURRENCY/)]);
  });
});
