// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/minutes.css';

export { LiveMinutesPanel, type LiveMinutesPanelProps } from './lib/live-minutes-panel';
export { MinutesPage } from './lib/minutes-page';
