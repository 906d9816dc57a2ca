import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { UploadsService } from './uploads.service';

/** How often the process looks for expired uploads. */
const SWEEP_EVERY_MS = 5 * 60 * 1000;

/**
 * Runs UploadsService.deleteExpired in the API process every few minutes. Every process runs
 * it; the DELETE is idempotent, so no lock is needed.
 */
@Injectable()
export class UploadSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UploadSweeper');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(private readonly uploads: UploadsService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    // Never keep the process alive just for this.
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  sweep(): Promise<unknown> {
    if (this.running) return this.running;
    this.running = this.uploads
      .deleteExpired()
      .then((count) => count > 0 && this.logger.log(`deleted ${count} upload(s) left unattached for over an hour`))
      .catch((err: unknown) => this.logger.warn(`sweeping expired uploads failed: ${String(err)}`))
      .finally(() => (this.running = null));
    return this.running;
  }
}
