export { routePatterns, type RouteName } from './lib/route-patterns';
export { paths, type ReportPeriod, type SignInOptions } from './lib/paths';
export { anchors } from './lib/anchors';
export { endpoints } from './lib/endpoints';
export * from './lib/notification-path';
