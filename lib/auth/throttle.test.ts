// Which X-Forwarded-For entry the sign-in slow-down trusts: never one the client could have written.
import { describe, expect, it } from 'vitest';
import { clientAddress } from './throttle';

describe('clientAddress()', () => {
  it('takes the entry the nearest proxy appended, not the one the client sent first', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('counts trusted proxies from the right', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7, 10.0.0.2', 5)).toBe('203.0.113.7');
  });

  it('joins repeated headers and ignores empty entries and missing headers', () => {
    expect(clientAddress(['6.6.6.6', '203.0.113.7'], 1)).toBe('203.0.113.7');
    expect(clientAddress(' , 203.0.113.7 ,', 1)).toBe('203.0.113.7');
    expect(clientAddress('', 1)).toBeNull();
    expect(clientAddress(undefined, 1)).toBeNull();
  });
});
