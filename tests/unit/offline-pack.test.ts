import { describe, expect, it } from 'vitest';
import { packFile, pageHeaders } from '../../src/build/offline-pack';

const HEADERS = `/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Strict-Transport-Security: max-age=31536000

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('pageHeaders', () => {
  it('gives the pages served offline the headers of every page, not those of other paths', () => {
    expect(pageHeaders(HEADERS)).toEqual({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
  });

  it('leaves out the policy (each page carries it in a <meta>) and HSTS, which a worker cannot set', () => {
    expect(Object.keys(pageHeaders(HEADERS))).not.toContain('Content-Security-Policy');
    expect(Object.keys(pageHeaders(HEADERS))).not.toContain('Strict-Transport-Security');
  });

  it('reads no headers from an empty file', () => {
    expect(pageHeaders('')).toEqual({});
  });
});

describe('packFile', () => {
  it('names the pages file by its content, so a changed page is a new file and a new worker', () => {
    const one = packFile({ headers: {}, pages: { '/': '<p>one</p>' } });
    const same = packFile({ headers: {}, pages: { '/': '<p>one</p>' } });
    const two = packFile({ headers: {}, pages: { '/': '<p>two</p>' } });
    expect(one.name).toMatch(/^offline-pages\.[0-9a-f]{10}\.json$/);
    expect(same.name).toBe(one.name);
    expect(two.name).not.toBe(one.name);
    expect(JSON.parse(one.text)).toEqual({ headers: {}, pages: { '/': '<p>one</p>' } });
  });
});
