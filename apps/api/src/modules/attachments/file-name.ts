/** Longest stored name: the column is varchar(255). */
const MAX_NAME_LENGTH = 255;

/** Control characters, and the marks and overrides that change the direction of text. */
const isHidden = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/**
 * A client-supplied file name made safe to store and to offer back: no path, no control
 * characters, no bidirectional overrides (which make `exe.pdf` look like `fdp.exe`), at most
 * 255 characters, never empty.
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base.normalize('NFC'))
    .filter((c) => !isHidden(c.codePointAt(0) ?? 0))
    .join('')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length === 0) return 'file';
  if (chars.length <= MAX_NAME_LENGTH) return cleaned;
  // Keep the extension when shortening.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return (
    Array.from(cleaned.slice(0, cleaned.length - extension.length))
      .slice(0, MAX_NAME_LENGTH - extension.length)
      .join('') + extension
  );
}

/**
 * `Content-Disposition: attachment` with the UTF-8 name (RFC 6266 / RFC 8187) and an ASCII
 * fallback for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
