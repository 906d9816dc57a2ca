export { HeaderSearch } from './lib/header-search';
export { SearchPage } from './lib/search-page';
export { splitSnippet, type SnippetPart } from './lib/highlight';
export { searchHitTarget } from './lib/search-targets';
