// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/consultations.css';

export { MyConsultationsPage } from './lib/my-consultations-page';
export { TableConsultationsPage } from './lib/table-consultations-page';
export { ConsultationBuilderPage } from './lib/consultation-builder-page';
export { EditConsultationPage } from './lib/edit-consultation-page';
export { ConsultationPage } from './lib/consultation-page';
export { buildResultsCsv, csvField, csvFileName, UTF8_BOM, type CsvLabels } from './lib/results-csv';
