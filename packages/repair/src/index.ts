/** The repair stage: fixes the damage of narrow columns, page breaks and templates, recording each fix. */
import type { SourceDocument } from '@budget/model';
import { joinFragmentRows } from './fragment-rows.ts';
import { joinOrphanRows } from './orphan-rows.ts';
import { joinPageContinuations } from './page-continuation.ts';
import { removeTemplateDebris } from './template-debris.ts';
import { recordWrappedJoins } from './wrapped-joins.ts';

export { joinFragmentRows, joinOrphanRows, joinPageContinuations, removeTemplateDebris, recordWrappedJoins };

/** Rules in order: cell-level joins first, so a continued row joins already-whole values. */
export function repairDocument(doc: SourceDocument): SourceDocument {
  return joinFragmentRows(joinOrphanRows(joinPageContinuations(recordWrappedJoins(removeTemplateDebris(doc)))));
}
