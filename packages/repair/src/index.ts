/** The repair stage: fixes the damage of narrow columns, page breaks and templates, recording each fix. */
import type { SourceDocument } from '@budget/model';
import { joinPageContinuations } from './page-continuation.ts';
import { removeTemplateDebris } from './template-debris.ts';
import { recordWrappedJoins } from './wrapped-joins.ts';

export { joinPageContinuations, removeTemplateDebris, recordWrappedJoins };

/** Rules in order: cell-level joins first, so a continued row joins already-whole values. */
export function repairDocument(doc: SourceDocument): SourceDocument {
  return joinPageContinuations(recordWrappedJoins(removeTemplateDebris(doc)));
}
