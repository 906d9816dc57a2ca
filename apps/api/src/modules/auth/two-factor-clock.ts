import { Injectable } from '@nestjs/common';

/**
 * The time one-time codes are checked against. A provider of its own so that tests set the time
 * (drift, replay) instead of waiting for 30-second steps to pass.
 */
@Injectable()
export class TwoFactorClock {
  now(): number {
    return Date.now();
  }
}
