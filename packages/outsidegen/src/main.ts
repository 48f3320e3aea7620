/**
 * pnpm outside --out DIR --count N [--first-seed S]
 * Writes N synthetic disclosures cycling styles A–D: <name>.pdf, <name>.docx, <name>.truth.json.
 */
import { parseArgs } from 'node:util';
import { generateRun } from './index.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'out-outside' }, count: { type: 'string', default: '8' }, 'first-seed': { type: 'string', default: '1' }, hard: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.error('usage: pnpm outside --out DIR --count N [--first-seed S] [--hard]');
  process.exit(0);
}
await generateRun(values.out!, Number(values.count), Number(values['first-seed']), (s) => console.error(s), { hard: values.hard });
console.error(`wrote ${values.count} document(s) (PDF + DOCX + truth) to ${values.out}`);
