import PDFParser from 'pdf2json';

/** The text of a PDF as a reader's tool extracts it, page breaks and runs of whitespace collapsed to one space. */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataReady', () =>
      resolve(
        parser
          .getRawTextContent()
          .replace(/-+Page \(\d+\) Break-+/g, ' ')
          .replace(/\s+/g, ' '),
      ),
    );
    parser.on('pdfParser_dataError', (err: unknown) => reject(err));
    parser.parseBuffer(pdf);
  });
}
