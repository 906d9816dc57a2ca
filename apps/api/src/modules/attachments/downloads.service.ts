import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../core/graphql/request-context';
import { AttachmentsService } from './attachments.service';
import { servedContentType } from './content-type';
import { streamChunks } from './file-chunks';
import { attachmentDisposition } from './file-name';

/** Sends an attachment chunk by chunk, with headers that keep browsers from running it. */
@Injectable()
export class DownloadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentsService,
  ) {}

  async send(ctx: RequestContext, id: string, res: Response): Promise<void> {
    const file = await this.attachments.readable(ctx, id);
    res.status(200);
    res.setHeader('Content-Type', servedContentType(file.contentType));
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Even if opened in a tab, nothing in it runs; and no shared cache keeps a confidential file.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${file.sha256}"`);
    const written = await streamChunks(this.dataSource, file.id, res);
    // Short of its length (removed meanwhile, or the client left): cut the connection rather than
    // end a response the client would take as complete.
    if (written !== file.size) res.destroy();
    else res.end();
  }
}
