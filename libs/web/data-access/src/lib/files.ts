import { endpoints } from '@concertation/shared-paths';
import { getAccessToken } from './token-store';

/** What the server says about a file it refused: 413 too large, 415 type not accepted, 401 signed out… */
export class FileTransferError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FileTransferError';
  }
}

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** What the file picker offers; the server checks the content itself, not this list. */
export const ACCEPTED_UPLOAD_TYPES = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv,.png,.jpg,.jpeg';

export interface UploadOptions {
  /** 0 to 1, as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Tests pass a fake. */
  xhr?: () => XMLHttpRequest;
}

/**
 * Sends one file to `POST /uploads` (multipart field `file`, bearer token) and resolves with its
 * `uploadId`. XMLHttpRequest rather than fetch: it reports upload progress.
 */
export function uploadFile(file: File, { onProgress, signal, xhr = () => new XMLHttpRequest() }: UploadOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = xhr();
    request.open('POST', endpoints.uploads);
    const token = getAccessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          const body = JSON.parse(request.responseText) as { uploadId?: unknown };
          if (typeof body.uploadId === 'string') {
            onProgress?.(1);
            resolve(body.uploadId);
            return;
          }
        } catch {
          // Falls through to the error below.
        }
      }
      reject(new FileTransferError(request.status, request.statusText || `HTTP ${request.status}`));
    };
    request.onerror = () => reject(new FileTransferError(0, 'Network error'));
    request.onabort = () => reject(new FileTransferError(-1, 'Aborted'));
    signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Badly encoded: try the plain name.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** Saves what was fetched, under its name, through a link to a blob URL (the only way a page saves a file it holds). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function fetchWithToken(path: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<Response> {
  const token = getAccessToken();
  let response: Response;
  try {
    response = await fetchImpl(path, { headers: token ? { Authorization: `Bearer ${token}` } : {}, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw new FileTransferError(-1, 'Aborted');
    throw error;
  }
  if (!response.ok) throw new FileTransferError(response.status, response.statusText || `HTTP ${response.status}`);
  return response;
}

/**
 * Downloads a file that needs the bearer token (`/attachments/:id`, `/meetings/:id.ics`): a plain
 * link cannot send the Authorization header, so the file is fetched and saved from a blob URL.
 */
export async function downloadWithToken(path: string, fallbackName: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchWithToken(path, fetchImpl);
  saveBlob(await response.blob(), fileNameFrom(response.headers.get('content-disposition'), fallbackName));
}

export interface ProgressDownloadOptions {
  /** The bytes received so far, as they arrive: a streamed file's size is not known before its end. */
  onProgress?: (bytes: number) => void;
  /** Whether what arrived is the whole file: a server that stops midway cuts the connection, but a check costs little. */
  isWhole?: (blob: Blob) => Promise<boolean>;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/**
 * As `downloadWithToken`, for a file long enough to show its progress (`/me/data.json`): read
 * chunk by chunk, counted, checked whole, then saved. A connection cut midway is status 0.
 */
export async function downloadWithProgress(path: string, fallbackName: string, options: ProgressDownloadOptions = {}): Promise<void> {
  const { onProgress, isWhole, signal, fetchImpl = fetch } = options;
  const response = await fetchWithToken(path, fetchImpl, signal);
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const chunks: BlobPart[] = [];
  let received = 0;
  try {
    const reader = response.body?.getReader();
    if (!reader) chunks.push(await response.blob());
    else {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        onProgress?.(received);
      }
    }
  } catch {
    throw signal?.aborted ? new FileTransferError(-1, 'Aborted') : new FileTransferError(0, 'Network error');
  }
  const blob = new Blob(chunks, { type });
  if (isWhole && !(await isWhole(blob))) throw new FileTransferError(0, 'Incomplete file');
  saveBlob(blob, fileNameFrom(response.headers.get('content-disposition'), fallbackName));
}
