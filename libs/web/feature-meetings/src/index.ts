// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/meetings.css';
import './lib/floor.css';

export { TableMeetingsPage } from './lib/table-meetings-page';
export { TableMeetingsPreview } from './lib/table-meetings-preview';
export { MyMeetingsPage } from './lib/my-meetings-page';
export { ScheduleMeetingPage } from './lib/schedule-meeting-page';
export { EditMeetingPage } from './lib/edit-meeting-page';
export { MeetingPage, type MeetingPageProps } from './lib/meeting-page';
export type { ReferForm } from './lib/types';
export { LiveRoomPage } from './lib/live-room-page';
export { CalendarFeed } from './lib/calendar-feed';
