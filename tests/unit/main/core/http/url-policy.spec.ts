import { describe, expect, it } from 'vitest';
import {
  assertAllowedUrl,
  isLoopbackHost,
  UrlPolicyError,
} from '../../../../../apps/main/src/core/http/url-policy';

describe('assertAllowedUrl', () => {
  it('accepts https anywhere and http only on loopback', () => {
    expect(assertAllowedUrl('https://api.deepseek.com/x').host).toBe('api.deepseek.com');
    for (const url of [
      'http://127.0.0.1:8080',
      'http://127.9.8.7/',
      'http://localhost:3000/a',
      'http://[::1]:9/',
    ]) {
      expect(() => assertAllowedUrl(url)).not.toThrow();
    }
  });

  it('refuses http to other hosts, other protocols, credentials and garbage', () => {
    for (const url of [
      'http://example.com',
      'http://128.0.0.1',
      'http://127.0.0.1.evil.com',
      'http://localhost.evil.com',
      'http://10.0.0.5',
      'ftp://127.0.0.1',
      'file:///etc/passwd',
      'https://user:pw@api.z.ai',
      'not a url',
    ]) {
      expect(() => assertAllowedUrl(url), url).toThrow(UrlPolicyError);
    }
  });

  it('knows the loopback hosts', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
  });
});
