import { Foundation1764300000000 } from './1764300000000-foundation';
import { ReferenceRegions1764300000001 } from './1764300000001-reference-regions';
import { Meetings1764400000000 } from './1764400000000-meetings';
import { CurrentItemStartedAt1764400000040 } from './1764400000040-current-item-started-at';
import { MinutesDecisions1764500000000 } from './1764500000000-minutes-decisions';
import { ActionItems1764500000100 } from './1764500000100-action-items';
import { ActionItemDecision1764500000101 } from './1764500000101-action-item-decision';
import { Search1764500000200 } from './1764500000200-search';
import { NotificationSubject1764600000100 } from './1764600000100-notification-subject';
import { Referrals1764600000500 } from './1764600000500-referrals';
import { Protocols1764600000600 } from './1764600000600-protocols';
import { Consultations1764600000700 } from './1764600000700-consultations';
import { NotificationParams1764700000100 } from './1764700000100-notification-params';
import { Email1764800000000 } from './1764800000000-email';
import { Representatives1764900000000 } from './1764900000000-representatives';
import { Proxies1764900000100 } from './1764900000100-proxies';
import { Substitutions1764900000200 } from './1764900000200-substitutions';
import { Votes1765000000000 } from './1765000000000-votes';
import { Speakers1765000000100 } from './1765000000100-speakers';
import { ReportIndexes1765000000200 } from './1765000000200-report-indexes';
import { AccountSecurity1765100000100 } from './1765100000100-account-security';
import { Privacy1765100000500 } from './1765100000500-privacy';

/** Every migration, in order. Listed by hand so that the webpack bundle carries them. */
export const MIGRATIONS = [Foundation1764300000000, ReferenceRegions1764300000001, Meetings1764400000000, CurrentItemStartedAt1764400000040, MinutesDecisions1764500000000, ActionItems1764500000100, ActionItemDecision1764500000101, Search1764500000200, NotificationSubject1764600000100, Referrals1764600000500, Protocols1764600000600, Consultations1764600000700, NotificationParams1764700000100, Email1764800000000, Representatives1764900000000, Proxies1764900000100, Substitutions1764900000200, Votes1765000000000, Speakers1765000000100, ReportIndexes1765000000200, AccountSecurity1765100000100, Privacy1765100000500];
