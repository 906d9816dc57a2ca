import { enActions } from './en-actions';
import { enAuth } from './en-auth';
import { enConsultations } from './en-consultations';
import { enDirectory } from './en-directory';
import { enFloor } from './en-floor';
import { enMeetings } from './en-meetings';
import { enMinutes } from './en-minutes';
import { enNetwork } from './en-network';
import { enNotifications } from './en-notifications';
import { enPrivacy } from './en-privacy';
import { enProtocols } from './en-protocols';
import { enReferrals } from './en-referrals';
import { enReports } from './en-reports';
import { enSearch } from './en-search';
import { enShell } from './en';
import { enTables } from './en-tables';
import { frActions } from './fr-actions';
import { frAuth } from './fr-auth';
import { frConsultations } from './fr-consultations';
import { frDirectory } from './fr-directory';
import { frFloor } from './fr-floor';
import { frMeetings } from './fr-meetings';
import { frMinutes } from './fr-minutes';
import { frNetwork } from './fr-network';
import { frNotifications } from './fr-notifications';
import { frPrivacy } from './fr-privacy';
import { frProtocols } from './fr-protocols';
import { frReferrals } from './fr-referrals';
import { frReports } from './fr-reports';
import { frSearch } from './fr-search';
import { frShell } from './fr';
import { frTables } from './fr-tables';
import type { Messages } from './types';

/**
 * Every text at once: the shell's and every namespace's. What the types, the catalog checks and the
 * tests read; the app itself loads a feature's namespaces with the feature (namespaces.ts). Built in
 * calls marked pure so that the app's bundle, which never reads them, leaves them and their
 * namespaces out (a bare spread may call getters, so a bundler would keep it).
 */
export const fr = /* @__PURE__ */ (() => ({
  ...frShell,
  ...frAuth,
  ...frDirectory,
  ...frTables,
  ...frMeetings,
  ...frFloor,
  ...frNotifications,
  ...frMinutes,
  ...frActions,
  ...frSearch,
  ...frProtocols,
  ...frNetwork,
  ...frConsultations,
  ...frReferrals,
  ...frReports,
  ...frPrivacy,
}))();

export const en: Messages = /* @__PURE__ */ (() => ({
  ...enShell,
  ...enAuth,
  ...enDirectory,
  ...enTables,
  ...enMeetings,
  ...enFloor,
  ...enNotifications,
  ...enMinutes,
  ...enActions,
  ...enSearch,
  ...enProtocols,
  ...enNetwork,
  ...enConsultations,
  ...enReferrals,
  ...enReports,
  ...enPrivacy,
}))();
