import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadWithToken, FileTransferError, uploadFile } from './files';
import { setAccessToken } from './token-store';

/** An XMLHttpRequest whose answer and progress the test decides. */
class FakeRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

describe('uploadFile', () => {
  afterEach(() => setAccessToken(null));

  it('posts the file with the bearer token and reports progress', async () => {
    setAccessToken('abc');
    const request = new FakeRequest();
    const progress: number[] = [];
    const file = new File(['%PDF-1.7 fictif'], 'ordre-du-jour.pdf', { type: 'application/pdf' });
    const done = uploadFile(file, { onProgress: (value) => progress.push(value), xhr: () => request as unknown as XMLHttpRequest });

    expect(request.method).toBe('POST');
    expect(request.url).toBe('/uploads');
    expect(request.headers['Authorization']).toBe('Bearer abc');
    expect((request.body?.get('file') as File).name).toBe('ordre-du-jour.pdf');
    request.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
    request.answer(201, JSON.stringify({ uploadId: 'upload-1' }));

    await expect(done).resolves.toBe('upload-1');
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects with the status the server gave (413 too large, 415 wrong type)', async () => {
    for (const status of [413, 415]) {
      const request = new FakeRequest();
      const done = uploadFile(new File(['x'], 'x.exe'), { xhr: () => request as unknown as XMLHttpRequest });
      request.answer(status, '');
      await expect(done).rejects.toMatchObject({ name: 'FileTransferError', status });
    }
  });
});

describe('downloadWithToken', () => {
  afterEach(() => setAccessToken(null));

  it('fetches with the token and saves under the server’s file name', async () => {
    setAccessToken('abc');
    const createObjectURL = vi.fn(() => 'blob:fake');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const fetch = vi.fn(
      async () => new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'content-disposition': 'attachment; filename="rencontre.ics"' } }),
    );

    await downloadWithToken('/meetings/meeting-1.ics', 'fallback.ics', fetch);
    expect(fetch).toHaveBeenCalledWith('/meetings/meeting-1.ics', { headers: { Authorization: 'Bearer abc' } });
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('rencontre.ics');
    expect(link.href).toBe('blob:fake');
    click.mockRestore();
  });

  it('says why a download failed', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 403 }));
    await expect(downloadWithToken('/attachments/a1', 'a.pdf', fetch)).rejects.toBeInstanceOf(FileTransferError);
  });
});
