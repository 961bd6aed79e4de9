/** The pages Rapport reads and adds its sidebar to: the manifest's host permissions, and the tabs the background tells. */
export const SITE_PAGES = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];
