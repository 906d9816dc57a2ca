/**
 * Legacy Office files (.doc, .xls, .ppt) are OLE2 compound files ("CFB"), like .msi installers
 * and Outlook messages. file-type stops at "this is a compound file"; what tells them apart is
 * the name of the main stream in the file's directory: WordDocument, Workbook (or Book, Excel 95),
 * PowerPoint Document.
 */
const OFFICE_STREAMS: Array<{ stream: string; mime: string }> = [
  { stream: 'WordDocument', mime: 'application/msword' },
  { stream: 'PowerPoint Document', mime: 'application/vnd.ms-powerpoint' },
  { stream: 'Workbook', mime: 'application/vnd.ms-excel' },
  { stream: 'Book', mime: 'application/vnd.ms-excel' },
];

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Directory entries are 128 bytes and start on a sector boundary (sectors are 512 or 4096 bytes, after a 512-byte header). */
const ENTRY_SIZE = 128;
const STREAM_OBJECT = 2;

/** The names of the stream entries found in a compound file's directory sectors. */
function streamNames(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  for (let at = 512; at + ENTRY_SIZE <= bytes.length; at += ENTRY_SIZE) {
    const nameBytes = bytes.readUInt16LE(at + 64);
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0 || bytes[at + 66] !== STREAM_OBJECT) continue;
    // The name is UTF-16LE, NUL-terminated, and the length counts the terminator.
    if (bytes.readUInt16LE(at + nameBytes - 2) !== 0) continue;
    names.add(bytes.toString('utf16le', at, at + nameBytes - 2));
  }
  return names;
}

/** The Office content type of a compound file, or null when it is another kind (installer, message, …). */
export function legacyOfficeType(bytes: Buffer): string | null {
  if (bytes.length < 512 + ENTRY_SIZE || !bytes.subarray(0, 8).equals(CFB_SIGNATURE)) return null;
  const names = streamNames(bytes);
  return OFFICE_STREAMS.find((candidate) => names.has(candidate.stream))?.mime ?? null;
}
