import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tooManyRequests } from '../../core/errors/domain-errors';
import { SignInFailureEntity } from './sign-in-failure.entity';

/** CONTRACT.md "Precise points": 10 failures per e-mail in 15 minutes, 30 per address in a minute. */
export const EMAIL_FAILURE_LIMIT = 10;
export const EMAIL_WINDOW = '15 minutes';
export const ADDRESS_FAILURE_LIMIT = 30;
export const ADDRESS_WINDOW = '1 minute';

/**
 * Counts failed sign-ins (wrong password, unknown e-mail, wrong current password) in the
 * database, so that every API process sees the same counts. A refused attempt is not itself
 * counted: the lock lifts once the failures that caused it leave the window.
 */
@Injectable()
export class SignInLimitsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Throws TOO_MANY_REQUESTS while either limit is reached, whatever the password. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const rows: Array<{ by_email: number; by_address: number }> = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM sign_in_failure WHERE email = $1 AND at > now() - interval '${EMAIL_WINDOW}') AS by_email,
              (SELECT count(*)::int FROM sign_in_failure WHERE address = $2 AND at > now() - interval '${ADDRESS_WINDOW}') AS by_address`,
      [email, addressKey(address)],
    );
    const { by_email, by_address } = rows[0];
    if (Number(by_email) >= EMAIL_FAILURE_LIMIT || Number(by_address) >= ADDRESS_FAILURE_LIMIT) {
      throw tooManyRequests('Too many failed sign-ins; try again later.');
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const key = addressKey(address);
    await this.dataSource.getRepository(SignInFailureEntity).insert({ email, address: key });
    // Rows older than the longest window count for nothing any more: keep the table small.
    await this.dataSource.query(
      `DELETE FROM sign_in_failure WHERE (email = $1 OR address = $2) AND at < now() - interval '${EMAIL_WINDOW}'`,
      [email, key],
    );
  }
}

/** The column holds 64 characters; an IPv6 address with a zone fits, anything longer is cut. */
function addressKey(address: string): string {
  return address.slice(0, 64);
}
