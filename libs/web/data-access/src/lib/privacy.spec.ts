import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileTransferError } from './files';
import { downloadMyData, isWholeJsonObject } from './privacy';
import { setAccessToken } from './token-store';

/** A response whose body arrives in the given chunks, as a streamed download does. */
function streamed(chunks: string[], init: ResponseInit = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, ...init });
}

describe('downloadMyData', () => {
  afterEach(() => {
    setAccessToken(null);
    vi.restoreAllMocks();
  });

  const saving = () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:fake'), revokeObjectURL: vi.fn() });
    return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  };

  it('fetches /me/data.json with the token, reports the bytes as they arrive, and saves the whole file', async () => {
    setAccessToken('abc');
    const click = saving();
    const chunks = ['{\n  "format": {"name": "concertation.my-data"}', ',\n  "notifications": ["Procès-verbal"]', '\n}\n'];
    const fetchImpl = vi.fn(async () =>
      streamed(chunks, {
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="mes-donnees-concertation-2026-12-07.json"',
        },
      }),
    );
    const progress: number[] = [];
    await downloadMyData({ fetchImpl, onProgress: (bytes) => progress.push(bytes) });
    expect(fetchImpl).toHaveBeenCalledWith('/me/data.json', { headers: { Authorization: 'Bearer abc' } });
    // Bytes, not characters: « è » is two.
    const sizes = chunks.map((chunk) => new TextEncoder().encode(chunk).byteLength);
    expect(progress).toEqual([sizes[0], sizes[0] + sizes[1], sizes[0] + sizes[1] + sizes[2]]);
    expect(sizes[1]).toBe(chunks[1].length + 1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('mes-donnees-concertation-2026-12-07.json');
  });

  it('refuses to save a file the server stopped writing midway', async () => {
    const click = saving();
    const fetchImpl = vi.fn(async () => streamed(['{\n  "format": {"name": "concertation.my-data"}', ',\n  "notifications": [\n    {"id": "n1"']));
    const failure = downloadMyData({ fetchImpl });
    await expect(failure).rejects.toBeInstanceOf(FileTransferError);
    await expect(failure).rejects.toMatchObject({ status: 0 });
    expect(click).not.toHaveBeenCalled();
  });

  it('says what the server refused', async () => {
    const fetchImpl = vi.fn(async () => new Response('', { status: 401 }));
    await expect(downloadMyData({ fetchImpl })).rejects.toMatchObject({ name: 'FileTransferError', status: 401 });
  });
});

describe('isWholeJsonObject', () => {
  it('knows a whole object by its closing brace, whatever spaces follow', async () => {
    expect(await isWholeJsonObject(new Blob(['{"a": [1, 2]}\n']))).toBe(true);
    expect(await isWholeJsonObject(new Blob(['{"a": [1, 2']))).toBe(false);
    expect(await isWholeJsonObject(new Blob([]))).toBe(false);
  });
});
