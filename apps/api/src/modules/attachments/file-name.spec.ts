import { attachmentDisposition, cleanFileName } from './file-name';

describe('file names of uploads', () => {
  it('drops paths, control characters and direction overrides', () => {
    expect(cleanFileName('C:\\Users\\fictif\\rapport.pdf')).toBe('rapport.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('facture\u202Efdp.exe')).toBe('facturefdp.exe');
    expect(cleanFileName('a\u0000b\r\n.txt')).toBe('ab.txt');
    expect(cleanFileName('   ')).toBe('file');
    expect(cleanFileName(undefined)).toBe('file');
  });

  it('keeps accents and the extension when it shortens a long name', () => {
    expect(cleanFileName('Procès-verbal été.pdf')).toBe('Procès-verbal été.pdf');
    const long = cleanFileName(`${'é'.repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(255);
    expect(long.endsWith('é.pdf')).toBe(true);
  });

  it('offers the name as RFC 8187 UTF-8 with an ASCII fallback', () => {
    expect(attachmentDisposition('Rapport "final" (été).pdf')).toBe(
      `attachment; filename="Rapport _final_ (_t_).pdf"; filename*=UTF-8''Rapport%20%22final%22%20%28%C3%A9t%C3%A9%29.pdf`,
    );
  });
});
