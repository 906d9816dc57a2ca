import { Controller, HttpCode, Post, Req, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { BearerGuard, httpRequestContext } from '../../core/auth/bearer.guard';
import { DomainHttpFilter } from '../../core/errors/domain-http.filter';
import { MAX_UPLOAD_BYTES, type UploadedBytes, UploadsService } from './uploads.service';

/**
 * POST /uploads (multipart field `file`): 201 {"uploadId"}; 401 without a valid token, 413 over
 * 25 MB (multer stops reading there), 415 for a type the content does not prove acceptable.
 */
@Controller('uploads')
@UseGuards(BearerGuard)
@UseFilters(DomainHttpFilter)
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(
    // No storage given: multer keeps the file in memory (at most 25 MB), then it goes to PostgreSQL.
    FileInterceptor('file', {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 },
      // Browsers send the file name's UTF-8 bytes; busboy would read them as Latin-1.
      defParamCharset: 'utf8',
    }),
  )
  upload(@Req() req: Request, @UploadedFile() file: UploadedBytes | undefined) {
    return this.uploads.store(httpRequestContext(req).viewer, file);
  }
}
