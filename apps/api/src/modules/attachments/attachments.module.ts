import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module';
import { AgendaItemAttachmentsResolver } from './agenda-item-attachments.resolver';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsLoaders } from './attachments.loaders';
import { AttachmentsResolver } from './attachments.resolver';
import { AttachmentsService } from './attachments.service';
import { DownloadsService } from './downloads.service';
import { UploadSweeper } from './upload-sweeper';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

/** Uploads (POST /uploads), attachments of agenda items, downloads (GET /attachments/:id). */
@Module({
  imports: [MeetingsModule],
  controllers: [UploadsController, AttachmentsController],
  providers: [AttachmentsLoaders, AttachmentsService, AttachmentsResolver, AgendaItemAttachmentsResolver, UploadsService, UploadSweeper, DownloadsService],
})
export class AttachmentsModule {}
