import { fileTypeFromBuffer } from 'file-type';
import { legacyOfficeType } from './compound-file';

/**
 * What POST /uploads accepts (docs/api-guide.md, "Limits"): PDF, Office and OpenDocument files,
 * plain text, CSV, PNG and JPEG. The type is read from the bytes, never from the name or the
 * client's Content-Type: an executable renamed `.pdf` is refused. Macro-enabled Office files,
 * templates and archives are not on the list.
 */
const BY_MAGIC = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'image/png',
  'image/jpeg',
]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text has no magic number: valid UTF-8 without NUL bytes (which rules out binaries and UTF-16). */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The content type to store and serve for these bytes, or null when the file is not accepted. */
export async function sniffContentType(bytes: Buffer, fileName: string): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (BY_MAGIC.has(detected.mime)) return detected.mime;
    if (detected.mime === 'application/x-cfb') return legacyOfficeType(bytes);
    return null;
  }
  if (!isPlainText(bytes)) return null;
  // Both are text; only the name can tell a CSV from other text, and either is accepted.
  return /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain';
}

/** Text types are served with their charset. */
export function servedContentType(contentType: string): string {
  return contentType.startsWith('text/') ? `${contentType}; charset=utf-8` : contentType;
}
