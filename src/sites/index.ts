/** Every site adapter, registered here and nowhere else. */
import type { SiteProfile } from './types.ts';
import { x } from './x.ts';
import { linkedin } from './linkedin.ts';

export const sites: SiteProfile[] = [x, linkedin];

/** The adapter for a page's host name, or undefined on any other host. */
export function siteForHost(hostname: string): SiteProfile | undefined {
  return sites.find((site) => site.hosts.includes(hostname));
}
