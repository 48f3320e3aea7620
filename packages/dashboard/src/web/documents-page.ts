/** Every processed document, filtered by dataset, status, province and year, a page at a time. */
import type { DocumentView } from '../read/harvest-documents.ts';
import { UNKNOWN, type HarvestSnapshot } from '../summary/harvest-snapshot.ts';
import { formatCount } from './format.ts';
import { html, query } from './html.ts';
import { documentList } from './harvest-page.ts';
import { layout } from './layout.ts';

const PAGE_SIZE = 50;

export interface DocumentFilter {
  dataset?: string;
  status?: string;
  province?: string;
  year?: string;
  page?: number;
}

export function filterDocuments(docs: DocumentView[], filter: DocumentFilter): DocumentView[] {
  return docs.filter((d) =>
    (!filter.dataset || d.dataset === filter.dataset) &&
    (!filter.status || d.status === filter.status) &&
    (!filter.province || (d.facts?.province ?? UNKNOWN) === filter.province) &&
    (!filter.year || String(d.facts?.year ?? UNKNOWN) === filter.year));
}

export function documentsPage(s: HarvestSnapshot, filter: DocumentFilter, refreshMs: number): string {
  const matching = filterDocuments(s.documents, filter);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const described = (['dataset', 'status', 'province', 'year'] as const).filter((k) => filter[k]).map((k) => `${k} ${filter[k]}`).join(', ');
  const link = (p: number) => `/harvest/documents${query({ ...filter, page: p })}`;
  const body = html`
<p>${formatCount(matching.length)} document(s)${described ? html` with ${described} · <a href="/harvest/documents">clear the filter</a>` : ''}.</p>
${documentList(shown, s.takenAt)}
<p class="pager">${page > 1 ? html`<a href="${link(page - 1)}">← newer</a>` : ''}<span>page ${page} of ${pages}</span>${page < pages ? html`<a href="${link(page + 1)}">older →</a>` : ''}</p>`;
  return layout({ title: 'Documents', current: 'documents', subtitle: 'Newest first; JSON opens the canonical record.', body, refreshMs });
}
