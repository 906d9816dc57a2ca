import { createHash } from 'node:crypto';
import { BadRequestException, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { sniffContentType } from './content-type';
import { writeChunks } from './file-chunks';
import { cleanFileName } from './file-name';
import { StoredFileEntity } from './stored-file.entity';

/** docs/api-guide.md, "Limits": at most 25 MB per upload (413 above). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** An upload not attached within this delay is deleted. */
export const UPLOAD_TTL_MINUTES = 60;

/** What multer hands over of the multipart file. */
export interface UploadedBytes {
  originalname?: string;
  buffer?: Buffer;
}

/** POST /uploads: checks what the bytes are, then keeps them, unattached, for an hour. */
@Injectable()
export class UploadsService {
  constructor(private readonly dataSource: DataSource) {}

  async store(viewer: Viewer, file: UploadedBytes | undefined): Promise<{ uploadId: string }> {
    const bytes = file?.buffer;
    if (!bytes) throw new BadRequestException('Send one file in the multipart field "file".');
    if (bytes.length === 0) throw new BadRequestException('The file is empty.');
    const fileName = cleanFileName(file.originalname);
    const contentType = await sniffContentType(bytes, fileName);
    if (!contentType) {
      throw new UnsupportedMediaTypeException('Only PDF, Office and OpenDocument files, plain text, CSV, PNG and JPEG images are accepted.');
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const stored = await manager.save(
        manager.create(StoredFileEntity, {
          uploadedById: viewer.userId,
          fileName,
          contentType,
          size: bytes.length,
          sha256,
          agendaItemId: null,
          attachedAt: null,
        }),
      );
      await writeChunks(manager, stored.id, bytes);
      return { uploadId: stored.id };
    });
  }

  /**
   * Deletes the uploads left unattached for more than an hour (their chunks go with them).
   * One idempotent statement: several API processes may run it at once without harm.
   */
  async deleteExpired(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(StoredFileEntity)
      .where('agenda_item_id IS NULL')
      .andWhere(`uploaded_at < now() - interval '${UPLOAD_TTL_MINUTES} minutes'`)
      .execute();
    return Number(result.affected ?? 0);
  }
}
