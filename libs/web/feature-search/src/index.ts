// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/search.css';

export { HeaderSearch } from './lib/header-search';
export { SearchPage } from './lib/search-page';
export { splitSnippet, type SnippetPart } from './lib/highlight';
export { searchHitTarget } from './lib/search-targets';
