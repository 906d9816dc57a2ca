export * from './generated/graphql';
export { createApolloClient, type CreateApolloClientOptions } from './lib/apollo-client';
export { createCache } from './lib/cache';
export { ACCESS_TOKEN_STORAGE_KEY, getAccessToken, setAccessToken, subscribeToAccessToken, useAccessToken } from './lib/token-store';
export {
  isNetworkFailure,
  isServerReachable,
  reportServerReachable,
  reportServerUnreachable,
  subscribeToServerReachability,
  useRetryConnection,
  useServerReachable,
} from './lib/server-reachability';
export { ERROR_CODES, fieldErrorsOf, firstAppError, hasErrorCode, toAppErrors, type AppError, type ErrorCode } from './lib/errors';
export { useDescribeError, type ErrorOverrides } from './lib/describe-error';
export { useFormFailure, type FormFailure, type FormFailureOptions } from './lib/form-failure';
export { toPagedList, type Connection, type PagedList } from './lib/connection';
export {
  useChangePassword,
  useRegister,
  useRequestPasswordReset,
  useResetPassword,
  useSession,
  useSignIn,
  useSignOut,
  useUpdateProfile,
  type Session,
  type Viewer,
} from './lib/session';
export {
  useBeginTwoFactorSetup,
  useConfirmTwoFactor,
  useDisableTwoFactor,
  useMySessions,
  useRevokeSession,
  type SignedInSession,
} from './lib/account-security';
export { usePendingAffiliations, useDecideAffiliation } from './lib/affiliations';
export { useWhatNeedsMe, type PendingDecision, type PendingMembership, type UrgentActionItem } from './lib/home';
export {
  DIRECTORY_PAGE_SIZE,
  useCreateOrganization,
  useCreateTable,
  useOrganization,
  useOrganizationMembers,
  useOrganizationsDirectory,
  useRegions,
  useTablesDirectory,
  type OrganizationFilters,
  type TableFilters,
} from './lib/directory';
export {
  useAddParticipant,
  useChangeParticipantRole,
  useDecideMembership,
  useMyOrganizationMemberships,
  useMyParticipations,
  useRemoveParticipant,
  useRequestMembership,
  useSetRepresentatives,
  useTable,
  useTablePendingRequests,
} from './lib/tables';
export { useGrantProxy, useRevokeProxy, useSendSubstitute, useWithdrawSubstitute } from './lib/representation';
export { AUDIT_PAGE_SIZE, useAuditLog, type AuditLogFilters } from './lib/audit';
export {
  useAdjournMeeting,
  useCancelMeeting,
  useMeeting,
  useMyMeetings,
  useRecordAttendance,
  useRespondToInvitation,
  useRotateCalendarFeed,
  useScheduleMeeting,
  useStartMeeting,
  useTableBrief,
  useTableMeetings,
  useUpdateMeeting,
  type MeetingRange,
  type UndiscussedItems,
} from './lib/meetings';
export {
  useAddAgendaItem,
  useAttachFile,
  usePublishAgenda,
  useRemoveAgendaItem,
  useRemoveAttachment,
  useReorderAgenda,
  useSetAgendaItemStatus,
  useSetCurrentAgendaItem,
  useUpdateAgendaItem,
} from './lib/agenda';
export { useMeetingEvents, type MeetingEvent } from './lib/live';
export * from './lib/floor';
export {
  NOTIFICATIONS_PAGE_SIZE,
  addReceivedNotification,
  useMarkNotificationsRead,
  useNotificationReceived,
  useNotifications,
  type NotificationItem,
} from './lib/notifications';
export {
  ACCEPTED_UPLOAD_TYPES,
  FileTransferError,
  MAX_UPLOAD_BYTES,
  downloadWithProgress,
  downloadWithToken,
  uploadFile,
  type ProgressDownloadOptions,
  type UploadOptions,
} from './lib/files';
export { downloadMyData, isWholeJsonObject, useDeleteMyAccount } from './lib/privacy';
export { SESSION_REFUSED_CLOSE_CODE, createLiveClient, liveUrlFor, type CreateLiveClientOptions } from './lib/live-client';
export * from './lib/minutes';
export * from './lib/action-items';
export * from './lib/search';
export * from './lib/protocols';
export * from './lib/network';
export * from './lib/consultations';
export * from './lib/referrals';
export * from './lib/email';
export * from './lib/reports';
