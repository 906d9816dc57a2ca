import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';

const VERSION = 'v1';

/**
 * Authenticator secrets are sealed before they reach the database (AES-256-GCM, a fresh nonce
 * each time), with a key derived from JWT_SECRET that the database never holds: a copy of the
 * database alone cannot make anyone's codes. Changing JWT_SECRET makes the sealed secrets
 * unreadable; their owners then sign in with a recovery code and set up two-factor sign-in again
 * (docs/api-guide.md, "Two-factor sign-in and sessions").
 */
@Injectable()
export class TwoFactorSecrets {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', Buffer.from(config.jwtSecret, 'utf8'), 'concertation', 'two-factor-secret', 32));
  }

  seal(secret: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** The secret, or null when it cannot be opened (sealed under another JWT_SECRET, or altered). */
  open(sealed: string): string | null {
    const [version, nonce, tag, data] = sealed.split('.');
    if (version !== VERSION || !nonce || !tag || !data) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
