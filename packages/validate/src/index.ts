/** The validation stage: proves the extracted figures by the identities the tables must satisfy. */
import type { CanonicalDocument } from '@budget/model';
import { crossTableChecks, proseChecks } from './cross-checks.ts';
import { balanceChecks, columnChecks, fundingChecks, hierarchyChecks, summaryChecks, threePublicChecks } from './identities.ts';
import { judgeRoundingGaps } from './rounding.ts';
import { judgeMisreadings, UNCERTAIN_READING } from './misreading.ts';
import type { CheckResult } from './checks.ts';
import { OCR_SETTLED, settleOcrReadings } from './ocr-settle.ts';

export { UNCERTAIN_READING, judgeMisreadings, OCR_SETTLED, settleOcrReadings };
export { balanceChecks, columnChecks, crossTableChecks, fundingChecks, hierarchyChecks, threePublicChecks, judgeRoundingGaps, proseChecks, summaryChecks };

/** Every check of one document, passed or not (quality is the share passed). */
export function checkResults(record: CanonicalDocument): CheckResult[] {
  return judgeMisreadings(judgeRoundingGaps([
    ...hierarchyChecks(record.budget_lines),
    ...columnChecks(record.budget_lines),
    ...fundingChecks(record.budget_lines, record.tables),
    ...balanceChecks(record.budget_lines),
    ...summaryChecks(record.budget_lines),
    ...threePublicChecks(record.budget_lines),
    ...crossTableChecks(record.budget_lines),
    ...proseChecks(record.prose_facts ?? {}, record.headline_sources, record.budget_lines),
  ]));
}

export function validateDocument(read: CanonicalDocument): CanonicalDocument {
  // Figures read by OCR two ways: the identities choose before they judge.
  const record = settleOcrReadings(read, checkResults);
  const results = checkResults(record);
  const passed = results.filter((r) => r.passed).length;
  const quality = results.length === 0 ? null : passed / results.length;
  const findings = results.flatMap((r) => (r.finding ? [{ ...r.finding, doc_id: record.document.doc_id }] : []));
  return {
    ...record,
    document: { ...record.document, quality: quality === null ? null : Number(quality.toFixed(4)) },
    findings: [...record.findings, ...findings],
  };
}
