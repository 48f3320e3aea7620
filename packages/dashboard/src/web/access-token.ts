/**
 * Token check for a dashboard bound beyond loopback. A browser presents the token once
 * as `?token=…` and keeps it in an HttpOnly cookie; Prometheus and scripts send
 * `Authorization: Bearer …`. Comparison is constant-time over hashes (no length leak).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { DashboardOptionsError } from './dashboard-options.ts';

export const TOKEN_COOKIE = 'dashboard_token';

export function requireToken(token: string) {
  if (!/\S/.test(token)) throw new DashboardOptionsError('the access token is blank');
  const expected = digest(token);
  const matches = (candidate: string | undefined) => candidate !== undefined && timingSafeEqual(digest(candidate), expected);
  return (req: Request, res: Response, next: NextFunction): void => {
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : undefined;
    if (matches(fromQuery)) {
      // Keep it in a cookie and drop it from the address bar (and from the history).
      res.cookie(TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/' });
      const url = new URL(req.originalUrl, 'http://dashboard.invalid');
      url.searchParams.delete('token');
      res.redirect(303, `${url.pathname}${url.search}`);
      return;
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (matches(bearer) || matches(cookieValue(req.get('cookie'), TOKEN_COOKIE))) {
      next();
      return;
    }
    res.status(401).type('text/plain').send('This dashboard needs its access token: open any page once with ?token=… (kept in a cookie), or send "Authorization: Bearer …".\n');
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The cookie's value; undefined when absent or not valid percent-encoding (a garbled cookie is no token: 401, not 500). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
