import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { DIGEST_NAME, NOTIFICATION_KIND_TEXTS } from '@concertation/shared-domain';
import { endpoints, paths } from '@concertation/shared-paths';
import { UserEntity } from '../accounts/user.entity';
import { EmailLinks, type UnsubscribeGrant } from './email-links';
import { NotificationPreferencesService } from './notification-preferences.service';
import { renderUnsubscribePage } from './pages';
import { browserLanguage, sendPage } from './reader-language';
import type { Lang } from './templates/email-content';

/**
 * GET /unsubscribe/:token asks to confirm and changes nothing (mail scanners follow links);
 * POST (RFC 8058 one-click, or the page's button) puts that kind of e-mail, or every kind the
 * person has in the digest, on IN_APP. No sign-in: the signed token is the permission.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: EmailLinks,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get(':token')
  async ask(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.grantOf(token);
    if (!found) return sendPage(res, 404, renderUnsubscribePage({ locale: browserLanguage(req), state: 'invalid', signInUrl: paths.signIn() }));
    const { grant, locale } = found;
    sendPage(
      res,
      200,
      renderUnsubscribePage({
        locale,
        state: 'ask',
        what: whatText(grant, locale),
        formAction: endpoints.unsubscribe(token),
        preferencesUrl: this.links.preferencesUrl(),
      }),
    );
  }

  @Post(':token')
  @HttpCode(200)
  async stop(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.grantOf(token);
    if (!found) return sendPage(res, 404, renderUnsubscribePage({ locale: browserLanguage(req), state: 'invalid', signInUrl: paths.signIn() }));
    const { grant, locale } = found;
    await this.preferences.stopEmail(grant.userId, grant.what);
    sendPage(res, 200, renderUnsubscribePage({ locale, state: 'done', what: whatText(grant, locale), preferencesUrl: this.links.preferencesUrl() }));
  }

  private async grantOf(token: string): Promise<{ grant: UnsubscribeGrant; locale: Lang } | null> {
    const grant = this.links.readUnsubscribe(token);
    if (!grant) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: grant.userId }, select: { id: true, locale: true } });
    return user ? { grant, locale: user.locale } : null;
  }
}

function whatText(grant: UnsubscribeGrant, locale: Lang): string {
  return grant.what === 'DIGEST' ? DIGEST_NAME[locale] : NOTIFICATION_KIND_TEXTS[locale][grant.what].name;
}
