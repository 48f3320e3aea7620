/**
 * pnpm harvest:config [--defaults | --markdown]
 * Prints the configuration in effect (config/harvest.json ← HARVEST_* ← nothing else), the
 * defaults, or the options table of config/README.md.
 */
import { parseCommandLine } from '@budget/progress';
import { defaultConfig, loadConfig, optionsMarkdownTable } from '../config/index.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: pnpm harvest:config [--defaults | --markdown]

  (no flag)    the configuration in effect, as JSON
  --defaults   every option's default, as JSON (config/harvest.example.json)
  --markdown   the options table of config/README.md`;

runCommand(USAGE, async () => {
  const { values } = parseCommandLine({ args: process.argv.slice(2), options: { defaults: { type: 'boolean' }, markdown: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (values.markdown) process.stdout.write(optionsMarkdownTable());
  else process.stdout.write(JSON.stringify(values.defaults ? defaultConfig() : loadConfig(), null, 2) + '\n');
  return 0;
});
