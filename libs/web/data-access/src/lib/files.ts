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

/**
 * Downloads a file that needs the bearer token (`/attachments/:id`, `/meetings/:id.ics`): a plain
 * link cannot send the Authorization header, so the file is fetched and saved from a blob URL.
 */
export async function downloadWithToken(path: string, fallbackName: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const token = getAccessToken();
  const response = await fetchImpl(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new FileTransferError(response.status, response.statusText || `HTTP ${response.status}`);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
