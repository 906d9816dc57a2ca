import { randomBytes } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): what OWASP recommends today. */
@Injectable()
export class PasswordHasher implements OnApplicationBootstrap {
  /** A hash of a random secret, checked against when the e-mail is unknown (see verifyNobody). */
  private dummy: Promise<string> | null = null;

  /** Computes the dummy hash in the background, so that the first unknown e-mail is not the slow one. */
  onApplicationBootstrap(): void {
    void this.dummyHash();
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      // A malformed stored hash matches nothing; it must not become a server error.
      return false;
    }
  }

  /**
   * Spends the time a real check would, so that a sign-in for an unknown e-mail answers no
   * faster than one with a wrong password: response time does not tell which addresses exist.
   */
  async verifyNobody(password: string): Promise<false> {
    await this.verify(await this.dummyHash(), password);
    return false;
  }

  private dummyHash(): Promise<string> {
    return (this.dummy ??= this.hash(randomBytes(32).toString('base64url')));
  }
}
