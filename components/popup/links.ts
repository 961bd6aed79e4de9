/** Where a row's "LinkedIn" and "Last email" buttons lead: only the two sites, only https. */
export function linkedinProfileUrl(slug: string | undefined): string | undefined {
  if (!slug) return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

export function gmailConversationUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'mail.google.com' && !parsed.username && !parsed.password ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
