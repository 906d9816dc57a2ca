import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

/** Signs and reads access tokens (HS256 JWTs). Whether a token is still valid is the session's say. */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(claims: AccessTokenClaims, expiresAt: Date): string {
    return jwt.sign({ sub: claims.userId, jti: claims.sessionId, exp: Math.floor(expiresAt.getTime() / 1000) }, this.config.jwtSecret, {
      algorithm: 'HS256',
    });
  }

  /** The claims of a well-signed, unexpired token; null for anything else. */
  verify(token: string): AccessTokenClaims | null {
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'] });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.jti !== 'string') return null;
      return { userId: payload.sub, sessionId: payload.jti };
    } catch {
      return null;
    }
  }
}
