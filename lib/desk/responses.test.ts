import { beforeEach, describe, expect, it, vi } from 'vitest';

// The archive's inputs, stubbed: the photo list fails or answers as each test says; the words are their keys.
const { listPhotos } = vi.hoisted(() => ({ listPhotos: vi.fn<() => Promise<unknown[]>>() }));
vi.mock('../content', () => ({ listPhotos, updatedIn: async () => '2026-12-01' }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const { illustrationsArchive } = await import('./responses');

describe('illustrationsArchive', () => {
  beforeEach(() => listPhotos.mockReset());

  it('does not keep a failed build: the caller gets the error, the next call builds again and that one is kept', async () => {
    listPhotos.mockRejectedValueOnce(new Error('photo list unreadable')).mockResolvedValue([]);
    await expect(illustrationsArchive()).rejects.toThrow('photo list unreadable');
    const second = illustrationsArchive();
    const zip = await second;
    expect(new TextDecoder().decode(zip.slice(0, 2))).toBe('PK');
    // Built once more after the failure, then kept for the process: the same promise, no third build.
    expect(illustrationsArchive()).toBe(second);
    expect(listPhotos).toHaveBeenCalledTimes(2);
  });
});
