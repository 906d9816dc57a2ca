export { LiveMinutesPanel, type LiveMinutesPanelProps } from './lib/live-minutes-panel';
export { MinutesPage } from './lib/minutes-page';
