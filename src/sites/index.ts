/** Every site adapter, registered here and nowhere else; which host is which site is core/sites.ts's to say. */
import { siteIdForHost, type SiteId } from '../core/sites.ts';
import type { SiteProfile } from './types.ts';
import { x } from './x.ts';
import { linkedin } from './linkedin.ts';

export const sites: Record<SiteId, SiteProfile> = { x, linkedin };

/** The adapter for a page's host name, or undefined on any other host. */
export function siteForHost(hostname: string): SiteProfile | undefined {
  const id = siteIdForHost(hostname);
  return id && sites[id];
}
