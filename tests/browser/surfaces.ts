/**
 * Every compose surface of the demo pages as a test case: its locators (tests/pages/locators.mjs), a name and
 * what the page records as the surface of a publish. The generic publish tests run on each.
 */
import { SURFACES, type SurfaceLocators } from '../pages/locators.mjs';

export interface SurfaceCase extends SurfaceLocators {
  name: string;
  /** What the demo page records as the surface of a publish. */
  surface: string;
  /** The site ignores untrusted clicks on this button (LinkedIn SDUI share box). */
  ignoresUntrustedClick?: boolean;
  /** What the box holds before the employee types (a reply's mention of the comment's author), shown in the pause. */
  prefilled?: string;
}

export const surfaces = {
  xHome: { name: 'X home timeline', surface: 'home', ...SURFACES.xHome },
  xModal: { name: 'X compose modal', surface: 'modal', ...SURFACES.xModal },
  xReplyModal: { name: 'X reply modal', surface: 'reply-modal', ...SURFACES.xReplyModal },
  xQuote: { name: 'X quote post', surface: 'quote', ...SURFACES.xQuote },
  xInlineReply: { name: 'X inline reply (twitter.com)', surface: 'inline-reply', ...SURFACES.xInlineReply },
  linkedinShare: { name: 'LinkedIn classic share box', surface: 'share', ...SURFACES.linkedinShare },
  linkedinShadowShare: {
    name: 'LinkedIn classic share box in the #interop-outlet shadow root', surface: 'share', ...SURFACES.linkedinShadowShare,
  },
  linkedinRepost: { name: 'LinkedIn classic repost with your thoughts', surface: 'repost', ...SURFACES.linkedinRepost },
  linkedinComment: { name: 'LinkedIn classic comment', surface: 'comment', ...SURFACES.linkedinComment },
  linkedinReply: { name: 'LinkedIn classic reply to a comment', surface: 'reply', ...SURFACES.linkedinReply },
  sduiShare: {
    name: 'LinkedIn SDUI share box (native dialog, hashed classes, Post ignores untrusted clicks)',
    surface: 'share',
    ignoresUntrustedClick: true,
    ...SURFACES.sduiShare,
  },
  sduiComment: { name: 'LinkedIn SDUI comment', surface: 'comment', ...SURFACES.sduiComment },
  sduiReply: { name: 'LinkedIn SDUI reply to a comment', surface: 'reply', prefilled: 'Tom Peters ', ...SURFACES.sduiReply },
} satisfies Record<string, SurfaceCase>;

export const allSurfaces: SurfaceCase[] = Object.values(surfaces);
