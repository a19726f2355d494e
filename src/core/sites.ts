/**
 * The sites PostPause works on, and their hosts: the one list the manifest, the site adapters, the policy
 * schema, the safety check and the reflection counts are all made from.
 */
export const SITE_HOSTS = {
  x: ['x.com', 'twitter.com'],
  linkedin: ['www.linkedin.com'],
} as const satisfies Record<string, readonly string[]>;

export type SiteId = keyof typeof SITE_HOSTS;

export const SITE_IDS = Object.keys(SITE_HOSTS) as SiteId[];

export const isSiteId = (value: unknown): value is SiteId => typeof value === 'string' && Object.hasOwn(SITE_HOSTS, value);

/** The manifest's match patterns for the content script and the dialog module: every host, https only. */
export const SITE_MATCHES: string[] = SITE_IDS.flatMap((site) => SITE_HOSTS[site].map((host) => `https://${host}/*`));

/** The site a host name belongs to, by exact name (never a suffix: `linkedin.com.evil.example` is none). */
export function siteIdForHost(hostname: string): SiteId | undefined {
  return SITE_IDS.find((site) => (SITE_HOSTS[site] as readonly string[]).includes(hostname));
}
