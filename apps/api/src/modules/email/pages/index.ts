export { renderRsvpPage, RSVP_RESPONSES, type RsvpPage, type RsvpResponse } from './rsvp-page';
export { renderUnsubscribePage, type UnsubscribePage } from './unsubscribe-page';
