/** Table kind recognition from the printed title, whose wording varies by region and year. */
import { normaliseTitle, type TableKind } from '@budget/model';
import { TABLE_TITLES } from './aliases.ts';

export { looksLikeTableTitle, normaliseTitle } from '@budget/model';

export function recogniseTableKind(title: string): TableKind | null {
  const t = normaliseTitle(title);
  for (const rule of TABLE_TITLES) {
    if (rule.all.every((p) => p.test(t)) && !(rule.none ?? []).some((p) => p.test(t))) return rule.kind;
  }
  return null;
}
