/**
 * How many validation checks the documents under each folder pass, and how many hold only
 * within rounding (reported as info):
 *   npx tsx scripts/count-checks.ts samples ../shared/real test/fixtures/outside
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument } from '@budget/pipeline';
import { checkResults } from '@budget/validate';

function documentsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? documentsUnder(path) : /\.(pdf|docx)$/i.test(name) ? [path] : [];
  });
}

for (const dir of process.argv.slice(2)) {
  let checks = 0, passed = 0, withinRounding = 0;
  for (const file of documentsUnder(dir)) {
    const results = checkResults(await processDocument(new Uint8Array(readFileSync(file)), file));
    checks += results.length;
    passed += results.filter((r) => r.passed).length;
    withinRounding += results.filter((r) => r.rounding === 'gap').length;
  }
  console.log(`${dir}: ${passed} of ${checks} checks passed; ${withinRounding} within rounding`);
}
