/** The section ids are configuration of the site's addresses (lib/routes.ts); re-exported for lib/content's readers. */
export { sectionIds, isSectionId, bySection, type SectionId } from '../routes';
