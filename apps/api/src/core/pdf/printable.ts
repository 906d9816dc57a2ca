/**
 * pdfkit's standard fonts only carry Windows-1252 (WinAnsi) glyphs: French and English text fits,
 * anything else (emoji, other scripts) becomes "?" rather than unreadable boxes.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function printable(text: string): string {
  return Array.from(text.normalize('NFC'), (c) => {
    const code = c.codePointAt(0) ?? 0;
    return c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(c) ? c : '?';
  }).join('');
}
