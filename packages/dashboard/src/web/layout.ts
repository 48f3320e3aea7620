/**
 * The frame around every page of the dashboard: title, navigation between the harvest
 * page, bull-board and /metrics, the style sheet, and the script of a quiet refresh
 * (both files: page-assets.ts).
 */
import { html, SafeHtml } from './html.ts';
import { REFRESH_SCRIPT_PATH, STYLESHEET_PATH } from './page-assets.ts';

export interface LayoutOptions {
  title: string;
  /** Which navigation entry is current. */
  current: 'harvest' | 'documents';
  /** Line under the title (where the data comes from, when it was read). */
  subtitle: SafeHtml | string;
  body: SafeHtml;
  /** Refresh interval; 0 for none. */
  refreshMs: number;
}

export function layout(options: LayoutOptions): string {
  const nav = (href: string, label: string, current: boolean) => html`<a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a>`;
  const refresh = options.refreshMs > 0 ? html`<script src="${REFRESH_SCRIPT_PATH}" data-refresh-ms="${String(options.refreshMs)}"></script>` : '';
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header>
  <div class="brand">Budget harvest</div>
  <nav>
    ${nav('/harvest', 'Harvest', options.current === 'harvest')}
    ${nav('/harvest/documents', 'Documents', options.current === 'documents')}
    ${nav('/queues', 'Queues (bull-board)', false)}
    ${nav('/metrics', 'Metrics', false)}
  </nav>
</header>
<main>
<h1>${options.title}</h1>
<p class="subtitle">${options.subtitle}</p>
${options.body}
</main>
${refresh}
</body>
</html>`}`;
}
