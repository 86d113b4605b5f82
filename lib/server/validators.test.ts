import { describe, expect, it } from 'vitest';
import { etagOf, ifMatchFails, noneMatch } from './validators';

const etag = etagOf(new TextEncoder().encode('page'));

describe('conditional requests against a build-time ETag (RFC 9110 §13.1)', () => {
  it('If-None-Match compares weakly, in a list, and * matches', () => {
    expect(noneMatch(etag, etag)).toBe(true);
    expect(noneMatch(`"nope", ${etag.slice(2)}`, etag)).toBe(true);
    expect(noneMatch('*', etag)).toBe(true);
    expect(noneMatch('"nope"', etag)).toBe(false);
    expect(noneMatch(null, etag)).toBe(false);
  });
  it('If-Match: * passes, a weak tag never passes the strong comparison, no header checks nothing', () => {
    expect(ifMatchFails('*', etag)).toBe(false);
    expect(ifMatchFails(etag, etag)).toBe(true);
    expect(ifMatchFails('"x"', etag)).toBe(true);
    expect(ifMatchFails(null, etag)).toBe(false);
    expect(ifMatchFails('"a", "b"', '"b"')).toBe(false);
    expect(ifMatchFails('"a"', undefined)).toBe(true);
    expect(ifMatchFails('*', undefined)).toBe(false);
  });
});
