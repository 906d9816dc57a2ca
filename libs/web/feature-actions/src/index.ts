// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/actions.css';

export { MyActionsPage } from './lib/my-actions-page';
export { TableActionsPage } from './lib/table-actions-page';
export { ActionItemPage } from './lib/action-item-page';
export { ActionDueBadge, ActionStatusBadge } from './lib/action-badges';
export { dueState, type DueState } from './lib/due';
export { byUrgency, sortByUrgency, urgencyOf, type Urgency } from './lib/urgency';
