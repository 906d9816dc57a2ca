export { MyActionsPage } from './lib/my-actions-page';
export { TableActionsPage } from './lib/table-actions-page';
export { ActionItemPage } from './lib/action-item-page';
export { ActionDueBadge, ActionStatusBadge } from './lib/action-badges';
export { dueState, type DueState } from './lib/due';
