/**
 * The style sheet and the refresh script the pages load, served as files: the Content
 * Security Policy then allows no inline script or style at all (see security-headers.ts).
 */
import { Router } from 'express';
import { STYLES } from './styles.ts';

export const STYLESHEET_PATH = '/assets/dashboard.css';
export const REFRESH_SCRIPT_PATH = '/assets/refresh.js';

/**
 * Swaps the page's <main> for a fresh copy every `data-refresh-ms` of its <script> tag (no
 * reload flash, scroll kept, paused in a hidden tab). fetch sends the access cookie (same origin).
 */
const REFRESH_SCRIPT = `const ms = Number(document.currentScript.dataset.refreshMs);
if (ms > 0) setInterval(async () => {
  if (document.hidden) return;
  try {
    const response = await fetch(location.href, { headers: { accept: 'text/html' } });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('main');
    if (next) document.querySelector('main').replaceWith(next);
  } catch (error) {
    console.warn('refresh failed', error);
  }
}, ms);
`;

export function pageAssets(): Router {
  const router = Router();
  router.get(STYLESHEET_PATH, (_req, res) => {
    res.type('text/css; charset=utf-8').send(STYLES);
  });
  router.get(REFRESH_SCRIPT_PATH, (_req, res) => {
    res.type('text/javascript; charset=utf-8').send(REFRESH_SCRIPT);
  });
  return router;
}
