/** Report and edit links at the foot of each page (links.ts): a prefilled issue, and the page's file in the repository. */
export { editPageUrl, reportErrorUrl } from './links.ts';
