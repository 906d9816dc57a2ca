// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/reports.css';

export { TableReportPage } from './lib/table-report-page';
export { NetworkReportPage } from './lib/network-report-page';
