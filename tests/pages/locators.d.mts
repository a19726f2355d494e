import type { Locator, Page } from 'playwright-core';

/** A place on a demo page. */
export type PageLocator = (page: Page) => Locator;
/** A locator made from a Playwright selector, which it keeps for code that runs in the page. */
export interface SelectorLocator extends PageLocator {
  readonly selector: string;
}
export interface SurfaceLocators {
  url: string;
  /** Steps that reveal the composer (open a modal, a reply box…). */
  reveal?: (page: Page) => Promise<void>;
  editor: PageLocator;
  button: PageLocator;
}
/** A surface whose composer is revealed first. */
export type RevealedLocators = SurfaceLocators & { reveal: (page: Page) => Promise<void> };
export type Lang = 'en' | 'nl';

export declare const PAGES: {
  xHome: string;
  xConversation: string;
  xVerified: string;
  xArticle: string;
  xMobileCompose: string;
  xMobileConversation: string;
  xChat: string;
  xGrok: string;
  linkedin: string;
  linkedinShadow: string;
  linkedinSdui: string;
  linkedin2026Oct: string;
  linkedinSdui2026Oct: string;
  linkedinPost: string;
  linkedinSduiPost: string;
  linkedinSduiPostPlaintext: string;
  linkedinMessaging: string;
  linkedinMessagingEnter: string;
  linkedinSduiMessaging: string;
  linkedinSduiMessagingEnter: string;
  linkedinCompanyAdmin: string;
  linkedinArticle: string;
};
export declare function inDutch(url: string): string;

export declare const X: {
  primaryColumn: SelectorLocator;
  newPost: SelectorLocator;
  threadEditor(index: number): SelectorLocator;
  addPost: SelectorLocator;
  closeModal: SelectorLocator;
  reply: SelectorLocator;
  repost: SelectorLocator;
  quote: PageLocator;
  statusLink: SelectorLocator;
  POST_IDS: { ada: string; grace: string; tim: string; news: string; own: string; ownLastEdit: string };
  postText(id: string): SelectorLocator;
  repostOf(id: string): SelectorLocator;
  unrepostOf(id: string): SelectorLocator;
  moreOf(id: string): SelectorLocator;
  repostNow: SelectorLocator;
  undoRepost: SelectorLocator;
  editPost: PageLocator;
  fileInput: SelectorLocator;
  homeFileInput: SelectorLocator;
  altTextLink: SelectorLocator;
  altTextLabel: SelectorLocator;
  altTextInput: SelectorLocator;
  saveMedia: SelectorLocator;
  attachedImage: SelectorLocator;
  createPoll: SelectorLocator;
  homeCreatePoll: SelectorLocator;
  choice(n: number): SelectorLocator;
  addChoice: PageLocator;
  scheduleOption: SelectorLocator;
  scheduleConfirm: SelectorLocator;
  scheduledIndicator: SelectorLocator;
  sheet: SelectorLocator;
  sheetConfirm: SelectorLocator;
  notThisTime: PageLocator;
  promote: PageLocator;
  promotePost: PageLocator;
  articleTitle: SelectorLocator;
  articleSheetPublish: PageLocator;
  chatTextarea: SelectorLocator;
  chatSend: SelectorLocator;
  grokTextarea: PageLocator;
  grokSend: PageLocator;
};
export declare const LINKEDIN: {
  startPost: SelectorLocator;
  startPostByName: PageLocator;
  repost: PageLocator;
  repostWithThoughts: PageLocator;
  repostNow: SelectorLocator;
  postText: SelectorLocator;
  replyToComment: SelectorLocator;
  myNetwork: PageLocator;
  home: PageLocator;
  postLink: SelectorLocator;
  postMenu(name: string): SelectorLocator;
  commentMenu(name: string): SelectorLocator;
  menuEntry(name: string): PageLocator;
  shareModal: SelectorLocator;
  addMedia: SelectorLocator;
  mediaFile: SelectorLocator;
  altTextButton: PageLocator;
  altText: SelectorLocator;
  addAltText: PageLocator;
  mediaNext: PageLocator;
  messageEditor: SelectorLocator;
  messageSend: SelectorLocator;
  articleTitle: SelectorLocator;
  articleBody: SelectorLocator;
  articleNext: PageLocator;
  writeArticle: PageLocator;
  publish: PageLocator;
};
/** A 1×1 PNG for the image editor's upload (Playwright's setInputFiles payload). */
export declare const PNG: { name: string; mimeType: string; buffer: Buffer };
/** In the open SDUI share dialog: attaches an image, gives it its alternative text and goes back to the editor. */
export declare function sduiAttachDescribedImage(page: Page): Promise<void>;

export declare const SDUI: {
  startPost: SelectorLocator;
  shareEditor: SelectorLocator;
  replyToComment: SelectorLocator;
  replyTo(name: string): SelectorLocator;
  commentToggle: SelectorLocator;
  repost: SelectorLocator;
  repostOf(name: string): SelectorLocator;
  menuEntry(name: string): SelectorLocator;
  postText: SelectorLocator;
  postMenu(name: string): SelectorLocator;
  commentMenu(name: string): SelectorLocator;
  scheduleClock: SelectorLocator;
  datePicker: SelectorLocator;
  timePicker: SelectorLocator;
  scheduleBack: PageLocator;
  scheduleConfirm: PageLocator;
  addMedia: SelectorLocator;
  mediaFile: SelectorLocator;
  altTextButton: PageLocator;
  altText: SelectorLocator;
  addAltText: PageLocator;
  mediaNext: PageLocator;
  messageEditor: SelectorLocator;
  messageSend: SelectorLocator;
  companyStartPost: PageLocator;
};

export declare const SURFACES: {
  xHome: SurfaceLocators & { editor: SelectorLocator; button: SelectorLocator };
  xModal: RevealedLocators;
  xReplyModal: RevealedLocators;
  xQuote: RevealedLocators;
  xInlineReply: SurfaceLocators;
  xEdit: RevealedLocators;
  xLastEdit: RevealedLocators;
  xSchedule: RevealedLocators;
  xPoll: RevealedLocators;
  xPromote: RevealedLocators;
  xArticle: SurfaceLocators;
  xMobile: SurfaceLocators;
  xMobileReply: SurfaceLocators;
  xChat: SurfaceLocators;
  xGrok: SurfaceLocators;
  linkedinShare: RevealedLocators;
  linkedinShadowShare: RevealedLocators;
  linkedinRepost: RevealedLocators;
  linkedinComment: SurfaceLocators;
  linkedinReply: RevealedLocators;
  linkedinPostComment: SurfaceLocators;
  linkedinEditPost: RevealedLocators;
  linkedinEditComment: RevealedLocators;
  linkedinAltText: RevealedLocators;
  linkedinArticle: RevealedLocators;
  sduiShare: RevealedLocators;
  sduiComment: SurfaceLocators;
  sduiReply: RevealedLocators;
  sduiPostComment: SurfaceLocators;
  sduiPlaintextComment: SurfaceLocators;
  sduiRepost: RevealedLocators;
  sduiSchedule: RevealedLocators;
  sduiEditPost: RevealedLocators;
  sduiEditComment: RevealedLocators;
  sduiAltText: RevealedLocators;
  sduiCompanyPost: RevealedLocators;
  linkedinMessage: SurfaceLocators;
  sduiMessage: SurfaceLocators;
};

/** The surfaces PostPause never pauses: direct messages and Grok are no posts. */
export declare const NEVER_PAUSED: (keyof typeof SURFACES)[];

export declare const WITHOUT_HOOKS: {
  xHome(lang?: Lang): Omit<SurfaceLocators, 'url'>;
  xModal(label?: string, reveal?: (page: Page) => Promise<void>): Omit<RevealedLocators, 'url'>;
  linkedinComment(lang?: Lang): Omit<SurfaceLocators, 'url'>;
  linkedinShare(): Omit<RevealedLocators, 'url'>;
  sduiComment(): Omit<SurfaceLocators, 'url'>;
};
