import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteServedOrigin, originReport, requestOrigin, resetOriginNote } from './origin';

const h = (init: Record<string, string>) => new Headers(init);

describe('requestOrigin', () => {
  it('prefers the forwarded host and scheme a proxy in front sets', () => {
    expect(
      requestOrigin(
        h({ host: '10.0.0.5:3000', 'x-forwarded-host': 'green-mines.test', 'x-forwarded-proto': 'https' }),
        'http://10.0.0.5:3000/zh',
      ),
    ).toBe('https://green-mines.test');
    expect(requestOrigin(h({ host: '127.0.0.1:3999' }), 'http://127.0.0.1:3999/zh')).toBe('http://127.0.0.1:3999');
  });
});

describe('noteServedOrigin', () => {
  afterEach(() => resetOriginNote());
  it('logs the first request on another origin once, and /healthz reports it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(noteServedOrigin(h({ host: 'localhost:3000' }), 'http://localhost:3000/zh', '/zh', 'http://localhost:3000')).toBeUndefined();
    expect(originReport().originMismatch).toBeUndefined();
    const seen = noteServedOrigin(h({ host: '127.0.0.1:3999' }), 'http://127.0.0.1:3999/zh', '/zh', 'http://localhost:3000');
    expect(seen).toMatchObject({ built: 'http://localhost:3000', served: 'http://127.0.0.1:3999' });
    noteServedOrigin(h({ host: '127.0.0.1:4000' }), 'http://127.0.0.1:4000/en', '/en', 'http://localhost:3000');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('Rebuild with SITE_URL=http://127.0.0.1:3999');
    expect(originReport().originMismatch?.served).toBe('http://127.0.0.1:3999');
    warn.mockRestore();
  });
  it('does not count health probes, which arrive on an internal address', () => {
    expect(
      noteServedOrigin(h({ host: '10.1.2.3:3000' }), 'http://10.1.2.3:3000/healthz', '/healthz', 'https://green-mines.test'),
    ).toBeUndefined();
  });
});
