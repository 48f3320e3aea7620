import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireToken, TOKEN_COOKIE } from '../src/web/access-token.ts';
import { DashboardOptionsError, isLoopback, resolveDashboardOptions } from '../src/web/dashboard-options.ts';

describe('who may open the dashboard', () => {
  it('listens on loopback by default and refuses any other address without a token', () => {
    expect(resolveDashboardOptions({}, {})).toMatchObject({ host: '127.0.0.1', port: 3100, token: undefined });
    expect(resolveDashboardOptions({ port: '0' }, { DASHBOARD_HOST: '::1' })).toMatchObject({ host: '::1', port: 0 });
    expect(() => resolveDashboardOptions({ host: '0.0.0.0' }, {})).toThrow(DashboardOptionsError);
    expect(() => resolveDashboardOptions({ host: '0.0.0.0' }, {})).toThrow(/DASHBOARD_TOKEN/);
    expect(() => resolveDashboardOptions({ host: '10.1.2.3' }, { DASHBOARD_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(resolveDashboardOptions({ host: '10.1.2.3' }, { DASHBOARD_TOKEN: 'x'.repeat(16) })).toMatchObject({ host: '10.1.2.3', token: 'x'.repeat(16) });
    expect(() => resolveDashboardOptions({ port: '70000' }, {})).toThrow(DashboardOptionsError);
  });

  it('knows which addresses only this machine reaches', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.org', '128.0.0.1']) expect(isLoopback(host), host).toBe(false);
  });

  describe('with a token', () => {
    const token = 'a-token-of-enough-length';
    let base = '';
    let close = () => {};
    beforeAll(async () => {
      const app = express();
      app.use(requireToken(token));
      app.get('/harvest', (_req, res) => res.send('harvest page'));
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      close = () => server.close();
    });
    afterAll(() => close());

    it('answers 401 without it, and serves with a bearer header or the cookie set by ?token=', async () => {
      expect((await fetch(`${base}/harvest`)).status).toBe(401);
      expect((await fetch(`${base}/harvest`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect(await (await fetch(`${base}/harvest`, { headers: { authorization: `Bearer ${token}` } })).text()).toBe('harvest page');

      const login = await fetch(`${base}/harvest?token=${token}&x=1`, { redirect: 'manual' });
      expect(login.status).toBe(303);
      expect(login.headers.get('location')).toBe('/harvest?x=1');
      const cookie = login.headers.get('set-cookie')!;
      expect(cookie).toMatch(new RegExp(`^${TOKEN_COOKIE}=.*HttpOnly.*SameSite=Strict`, 'i'));
      const withCookie = await fetch(`${base}/harvest`, { headers: { cookie: cookie.split(';')[0]! } });
      expect(await withCookie.text()).toBe('harvest page');
    });
  });
});
