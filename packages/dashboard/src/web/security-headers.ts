/**
 * Headers sent with every response of the dashboard. The pages load their style and script
 * from files of this server (page-assets.ts), so nothing inline is allowed. bull-board's page
 * also asks for Google Fonts, which this policy blocks: its text falls back to system fonts,
 * and an operator's visits are not announced to a third party.
 */
import type { NextFunction, Request, Response } from 'express';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

export function securityHeaders() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.set(SECURITY_HEADERS);
    next();
  };
}
