import { webVitestConfig } from '../../../tools/vite/web-vitest.mts';

export default webVitestConfig(import.meta.url);
