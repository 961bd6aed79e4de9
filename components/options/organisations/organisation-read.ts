/** The key of an organisation page's read when the page's entry starts it (components/shared/first-read.ts). */
export const organisationPageRead = (organisationId: string): string => `options:organisation:${organisationId}`;
