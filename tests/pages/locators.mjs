// Every locator of the demo pages, once: per compose surface its URL, how to reveal it, its editor and its
// publish button; the other places the tests press; and the same composers found without the hooks that
// tests/support/drift.mjs takes away. The browser tests, the bench and the demo all use these, so a change to a
// demo page's markup is made here once (tests/pages/README.md).
//
// A locator is a function of a Playwright Page. One made from a selector keeps it as `selector`, for code that
// runs in the page; ` >> nth=0` in a selector is Playwright's `.first()`.

const testId = (id) => `[data-testid="${id}"]`;

/** A locator for a Playwright selector. */
function css(selector) {
  return Object.assign((page) => page.locator(selector), { selector });
}

/** The button inside `scope` whose accessible name is exactly `name`. */
const buttonIn = (scope, name) => (page) => page.locator(scope).getByRole('button', { name, exact: true });

const LI = 'https://www.linkedin.com';
const LI_POST = `${LI}/feed/update/urn:li:activity:7250000000000000001/`;
const LI_THREAD = `${LI}/messaging/thread/2-MTIzNDU2Nzg5MA==/`;

export const PAGES = {
  xHome: 'https://x.com/home',
  xConversation: 'https://twitter.com/grace_ops/status/1850000000000000002',
  /** The same home page for a verified account: the compose modal offers "Promote". */
  xVerified: 'https://x.com/home?account=verified',
  xArticle: 'https://x.com/compose/articles/edit/1850000000000000099',
  /** X's touch layout: plain-textarea composers. */
  xMobileCompose: 'https://x.com/compose/post?layout=mobile',
  xMobileConversation: 'https://x.com/grace_ops/status/1850000000000000002?layout=mobile',
  xChat: 'https://x.com/i/chat',
  xGrok: 'https://x.com/i/grok',
  linkedin: `${LI}/feed/`,
  linkedinShadow: `${LI}/feed/?style=shadow`,
  linkedinSdui: `${LI}/feed/?style=sdui`,
  /** The markup of these pages until December 2026 (a dated drift variant, tests/pages/README.md). */
  linkedin2026Oct: `${LI}/feed/?variant=2026-10`,
  linkedinSdui2026Oct: `${LI}/feed/?style=sdui&variant=2026-10`,
  /** A post's own page. */
  linkedinPost: LI_POST,
  linkedinSduiPost: `${LI_POST}?style=sdui`,
  linkedinSduiPostPlaintext: `${LI_POST}?style=sdui&editor=plaintext-only`,
  linkedinMessaging: LI_THREAD,
  linkedinMessagingEnter: `${LI_THREAD}?send=enter`,
  linkedinSduiMessaging: `${LI_THREAD}?style=sdui`,
  linkedinSduiMessagingEnter: `${LI_THREAD}?style=sdui&send=enter`,
  linkedinCompanyAdmin: `${LI}/company/90000001/admin/page-posts/published/`,
  linkedinArticle: `${LI}/article/new/`,
};

/** The same page with Dutch labels. */
export function inDutch(url) {
  const dutch = new URL(url);
  dutch.searchParams.set('lang', 'nl');
  return dutch.href;
}

// ---- X -------------------------------------------------------------------------------------------------------

const primaryColumn = testId('primaryColumn');
const layers = '#layers';
const xEditor = (index) => testId(`tweetTextarea_${index}`);
const xInlineButton = testId('tweetButtonInline');

/** A post of the timeline, by its status id. */
const xPost = (id) => `article:has(a[href$="/status/${id}"])`;

export const X = {
  primaryColumn: css(primaryColumn),
  newPost: css(`a${testId('SideNav_NewTweet_Button')}`),
  /** The compose modal's editor of post `index` of the thread, from 0. */
  threadEditor: (index) => css(`${layers} ${xEditor(index)}`),
  addPost: css(`${layers} ${testId('addButton')}`),
  closeModal: css(testId('app-bar-close')),
  reply: css(`article ${testId('reply')} >> nth=0`),
  repost: css(`article ${testId('retweet')} >> nth=0`),
  quote: (page) => page.getByRole('menuitem', { name: 'Quote' }),
  statusLink: css('article a[href*="/status/"] >> nth=0'),
  // Posts by id: the timeline's posts (tests/pages/x/shared.ts) and the demo account's own.
  POST_IDS: {
    ada: '1850000000000000001', grace: '1850000000000000002', tim: '1850000000000000003', news: '1850000000000000004',
    /** Own posts: five edits left, and the last one left. */
    own: '1850000000000000011', ownLastEdit: '1850000000000000012',
  },
  /** A post's text, its Repost button (before and after reposting) and its "More" button. */
  postText: (id) => css(`${xPost(id)} ${testId('tweetText')}`),
  repostOf: (id) => css(`${xPost(id)} ${testId('retweet')}`),
  unrepostOf: (id) => css(`${xPost(id)} ${testId('unretweet')}`),
  moreOf: (id) => css(`${xPost(id)} ${testId('caret')}`),
  /** The repost menu's entries. */
  repostNow: css(`${layers} div[role="menuitem"]${testId('retweetConfirm')}`),
  undoRepost: css(`${layers} ${testId('unretweetConfirm')}`),
  editPost: (page) => page.getByRole('menuitem', { name: 'Edit post' }),
  // Attachments, in the compose modal.
  fileInput: css(`${layers} ${testId('fileInput')}`),
  homeFileInput: css(`${primaryColumn} ${testId('fileInput')}`),
  altTextLink: css(`${testId('altTextWrapper')} >> nth=0`),
  altTextLabel: css(`${testId('altTextLabel')} >> nth=0`),
  altTextInput: css(`${layers} textarea${testId('altTextInput')}`),
  saveMedia: css(`${layers} ${testId('endEditingButton')}`),
  attachedImage: css(`${testId('attachments')} img >> nth=0`),
  createPoll: css(`${layers} ${testId('createPollButton')}`),
  homeCreatePoll: css(`${primaryColumn} ${testId('createPollButton')}`),
  /** Poll option `n` (1…4), in the modal or anywhere. */
  choice: (n) => css(`input[name="Choice${n}"] >> nth=0`),
  addChoice: (page) => page.getByRole('button', { name: 'Add a choice' }),
  // Scheduling.
  scheduleOption: css(`${layers} ${testId('scheduleOption')}`),
  scheduleConfirm: css(`${layers} ${testId('scheduledConfirmationPrimaryAction')}`),
  scheduledIndicator: css(`${layers} ${testId('scheduledTweetIndicator')}`),
  // The sheets after a press (one confirmation sheet at a time).
  sheet: css(`${layers} [role="dialog"]${testId('confirmationSheetDialog')}`),
  sheetConfirm: css(`${layers} ${testId('confirmationSheetConfirm')}`),
  notThisTime: (page) => page.locator(layers).getByRole('button', { name: 'Not this time', exact: true }),
  promote: buttonIn(layers, 'Promote'),
  promotePost: buttonIn(layers, 'Promote post'),
  // X Articles.
  articleTitle: css('main textarea[name="Article Title"]'),
  articleSheetPublish: buttonIn(`${layers} [role="dialog"]`, 'Publish'),
  // XChat (in an open shadow root, which Playwright's CSS locators pierce) and Grok.
  chatTextarea: css(`textarea${testId('dm-composer-textarea')}`),
  chatSend: css(testId('dm-composer-send-button')),
  grokTextarea: (page) => page.getByPlaceholder('Ask anything'),
  grokSend: (page) => page.getByRole('button', { name: 'Grok something' }),
};

const xModalButton = css(`${layers} ${testId('tweetButton')}`);
const xModal = { editor: X.threadEditor(0), button: xModalButton };

/** Opens the "More" menu of one of the demo account's posts and its "Edit post". */
const editOwnPost = (id) => async (page) => {
  await X.moreOf(id)(page).click();
  await X.editPost(page).click();
  await page.locator(`${layers} [role="dialog"] [role="textbox"]`).waitFor();
};

// ---- LinkedIn ------------------------------------------------------------------------------------------------

const quill = '.ql-editor';
const shareModal = '.share-box-v2__modal';
const commentForm = 'form.comments-comment-box__form';
const commentSubmit = 'button.comments-comment-box__submit-button--cr';
const replyBox = '.comments-reply-box';
const openDialog = 'dialog[open]';

/** Clears an editor that opens with text (an edited post or comment), so a test types the whole new text. */
const clearEditor = async (page, editor) => {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
};

export const LINKEDIN = {
  startPost: css('button.share-box-feed-entry__trigger'),
  startPostByName: (page) => page.getByRole('button', { name: 'Start a post' }),
  repost: (page) => page.getByRole('button', { name: 'Repost', exact: true }).first(),
  repostWithThoughts: (page) => page.getByRole('menuitem', { name: 'Repost with your thoughts' }),
  /** The Repost menu's entry that reposts at once. */
  repostNow: css('[role="menu"] [role="menuitem"]:has(> span:text-is("Repost"))'),
  /** The post text of the first feed post. */
  postText: css('.feed-shared-update-v2 .update-components-text >> nth=0'),
  replyToComment: css('button[aria-label^="Reply to "] >> nth=0'),
  myNetwork: (page) => page.getByRole('link', { name: 'My Network' }),
  home: (page) => page.getByRole('link', { name: 'Home' }),
  postLink: css('a[href*="/feed/update/"] >> nth=0'),
  /** The control menu ("…") of the post by `name`, and its entries. */
  postMenu: (name) => css(`button[aria-label="Open control menu for post by ${name}"]`),
  commentMenu: (name) => css(`button[aria-label="Open options for ${name}’s comment"]`),
  menuEntry: (name) => (page) => page.getByRole('menuitem', { name }),
  shareModal: css(shareModal),
  addMedia: css(`${shareModal} button[aria-label="Add media"]`),
  mediaFile: css(`${shareModal} input[type="file"]`),
  altTextButton: buttonIn(shareModal, 'Alternative text'),
  altText: css(`${shareModal} textarea[aria-label="Alternative text"]`),
  addAltText: buttonIn(shareModal, 'Add'),
  mediaNext: buttonIn(shareModal, 'Next'),
  messageEditor: css('.msg-form__contenteditable'),
  messageSend: css('button.msg-form__send-button'),
  articleTitle: css('textarea[placeholder="Title"]'),
  articleBody: css(`${quill}[aria-label="Article editor content"]`),
  articleNext: buttonIn('.article-editor-nav', 'Next'),
  writeArticle: (page) => page.getByRole('link', { name: 'Write article' }),
  publish: buttonIn(shareModal, 'Publish'),
};

const classicShare = {
  reveal: (page) => LINKEDIN.startPost(page).click(),
  editor: css(`${shareModal} ${quill}`),
  button: css(`${shareModal} button.share-actions__primary-action`),
};

/** A 1×1 PNG, for the image editor's upload. */
export const PNG = {
  name: 'bridge.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
};

export const SDUI = {
  startPost: css('[aria-label="Start a post"]'),
  shareEditor: css('[componentkey="ShareBox_textEditor"]'),
  /** "Reply" under the first comment (or the comment by `name`). */
  replyToComment: css('button[aria-label^="Reply to "] >> nth=0'),
  replyTo: (name) => css(`button[aria-label^="Reply to ${name}"]`),
  commentToggle: css('button[data-view-name="feed-comment-button"] >> nth=0'),
  repost: css('[data-testid="mainFeed"] button[aria-label="Repost"] >> nth=0'),
  repostOf: (name) => css(`[role="listitem"]:has(button[aria-label="Open control menu for post by ${name}"]) button[aria-label="Repost"]`),
  /** A pop-up menu's `div[role=button]` entry by its label (its first line). */
  menuEntry: (name) => css(`div[role="button"]:has(> div > span:first-child:text-is("${name}"))`),
  postText: css('[data-testid="mainFeed"] [data-testid="expandable-text-box"] >> nth=0'),
  postMenu: (name) => css(`button[aria-label="Open control menu for post by ${name}"]`),
  commentMenu: (name) => css(`button[aria-label="Open options for ${name}’s comment"]`),
  /** The schedule screen: the clock, its inputs, Back and Confirm. */
  scheduleClock: css(`${openDialog} a[aria-label="Scheduled"]`),
  datePicker: css(`${openDialog} [data-testid="date-picker-input"]`),
  timePicker: css(`${openDialog} [data-testid="time-picker-input"]`),
  scheduleBack: buttonIn(openDialog, 'Back'),
  scheduleConfirm: buttonIn(openDialog, 'Confirm'),
  /** The media editor: Add media, the upload, Alternative text, Add, Next. */
  addMedia: css(`${openDialog} button[aria-label="Add media"]`),
  mediaFile: css(`${openDialog} input[type="file"]`),
  altTextButton: buttonIn(openDialog, 'Alternative text'),
  altText: css(`${openDialog} textarea[aria-label="Alternative text"]`),
  addAltText: buttonIn(openDialog, 'Add'),
  mediaNext: buttonIn(openDialog, 'Next'),
  /** The new messaging, inside #interop-outlet's shadow root (Playwright's CSS pierces open shadow roots). */
  messageEditor: css('#interop-outlet [role="textbox"][aria-label^="Write a message"]'),
  messageSend: css('#interop-outlet button[type="submit"]'),
  companyStartPost: buttonIn('main', 'Start a post'),
};

/** In the open SDUI share dialog: attaches an image, gives it its alternative text and goes back to the editor. */
export async function sduiAttachDescribedImage(page) {
  await SDUI.addMedia(page).click();
  await SDUI.mediaFile(page).setInputFiles(PNG);
  await SDUI.altTextButton(page).click();
  await SDUI.altText(page).fill('Our new bridge at dusk');
  await SDUI.addAltText(page).click();
  await SDUI.mediaNext(page).click();
}

/** The SDUI share dialog, opened by the launcher, once it holds the editor (the placeholder is swapped ~0.5 s later). */
const openSduiShare = async (page) => {
  await SDUI.startPost(page).click();
  await SDUI.shareEditor(page).waitFor();
};

/** An SDUI comment box's editor, and its submit: by view name in the feed, in the button section on a post page. */
const sduiCommentBox = (kind) => css(`[componentkey^="commentBox-urn:li:${kind}"] [role="textbox"] >> nth=0`);

// ---- Every compose surface -----------------------------------------------------------------------------------

export const SURFACES = {
  xHome: { url: PAGES.xHome, editor: css(`${primaryColumn} ${xEditor(0)}`), button: css(`${primaryColumn} ${xInlineButton}`) },
  xModal: { url: PAGES.xHome, reveal: (page) => X.newPost(page).click(), ...xModal },
  xReplyModal: { url: PAGES.xHome, reveal: (page) => X.reply(page).click(), ...xModal },
  xQuote: {
    url: PAGES.xHome,
    reveal: async (page) => {
      await X.repost(page).click();
      await X.quote(page).click();
    },
    ...xModal,
  },
  xInlineReply: { url: PAGES.xConversation, editor: css(`main ${xEditor(0)}`), button: css(`main ${xInlineButton}`) },
  // Editing an own post: the modal with its text, "Update"; the last allowed edit goes through a sheet.
  xEdit: { url: PAGES.xHome, reveal: editOwnPost(X.POST_IDS.own), ...xModal },
  xLastEdit: { url: PAGES.xHome, reveal: editOwnPost(X.POST_IDS.ownLastEdit), ...xModal },
  // A post scheduled in the modal: the date confirmed first, then "Schedule".
  xSchedule: {
    url: PAGES.xHome,
    reveal: async (page) => {
      await X.newPost(page).click();
      await X.scheduleOption(page).click();
      await X.scheduleConfirm(page).click();
      await X.scheduledIndicator(page).waitFor();
    },
    ...xModal,
  },
  // A poll in the modal (the options are typed into X.choice(n)).
  xPoll: {
    url: PAGES.xHome,
    reveal: async (page) => {
      await X.newPost(page).click();
      await X.createPoll(page).click();
    },
    ...xModal,
  },
  // A verified account's "Promote" in the modal, whose sheet's "Promote post" sends.
  xPromote: { url: PAGES.xVerified, reveal: (page) => X.newPost(page).click(), editor: X.threadEditor(0), button: X.promote },
  xArticle: { url: PAGES.xArticle, editor: css(`main ${testId('composer')}[contenteditable="true"]`), button: buttonIn('main', 'Publish') },
  xMobile: {
    url: PAGES.xMobileCompose,
    editor: css('main div[data-testid^="tweetTextarea"] textarea'),
    button: css('main button[data-testid^="tweetButton"]'),
  },
  xMobileReply: {
    url: PAGES.xMobileConversation,
    editor: css('main div[data-testid^="tweetTextarea"] textarea'),
    button: css(`main ${xInlineButton}`),
  },
  // Never posts.
  xChat: { url: PAGES.xChat, editor: X.chatTextarea, button: X.chatSend },
  xGrok: { url: PAGES.xGrok, editor: X.grokTextarea, button: X.grokSend },
  linkedinShare: { url: PAGES.linkedin, ...classicShare },
  linkedinShadowShare: { url: PAGES.linkedinShadow, ...classicShare },
  linkedinRepost: {
    ...classicShare,
    url: PAGES.linkedin,
    reveal: async (page) => {
      await LINKEDIN.repost(page).click();
      await LINKEDIN.repostWithThoughts(page).click();
    },
  },
  linkedinComment: {
    url: PAGES.linkedin,
    editor: css(`${commentForm}:not(${replyBox} *) ${quill} >> nth=0`),
    button: css(`${commentForm}:not(${replyBox} *) ${commentSubmit} >> nth=0`),
  },
  linkedinReply: {
    url: PAGES.linkedin,
    reveal: (page) => LINKEDIN.replyToComment(page).click(),
    editor: css(`${replyBox} ${quill} >> nth=0`),
    button: css(`${replyBox} ${commentSubmit} >> nth=0`),
  },
  /** The comment box on a post's own page (classic). */
  linkedinPostComment: {
    url: PAGES.linkedinPost,
    editor: css(`${commentForm} ${quill} >> nth=0`),
    button: css(`${commentForm} ${commentSubmit} >> nth=0`),
  },
  linkedinEditPost: {
    ...classicShare,
    url: PAGES.linkedin,
    reveal: async (page) => {
      await LINKEDIN.postMenu('Pat Pause')(page).click();
      await LINKEDIN.menuEntry('Edit post')(page).click();
      await clearEditor(page, classicShare.editor);
    },
  },
  linkedinEditComment: {
    url: PAGES.linkedin,
    reveal: async (page) => {
      await LINKEDIN.commentMenu('Pat Pause')(page).click();
      await LINKEDIN.menuEntry('Edit comment')(page).click();
      await clearEditor(page, css(`.comments-comment-item__edit-box ${quill}`));
    },
    editor: css(`.comments-comment-item__edit-box ${quill}`),
    button: css(`.comments-comment-item__edit-box ${commentSubmit}`),
  },
  /** The share box with an image and its alternative text. */
  linkedinAltText: {
    ...classicShare,
    url: PAGES.linkedin,
    reveal: async (page) => {
      await LINKEDIN.startPost(page).click();
      await LINKEDIN.addMedia(page).click();
      await LINKEDIN.mediaFile(page).setInputFiles(PNG);
      await LINKEDIN.altTextButton(page).click();
      await LINKEDIN.altText(page).fill('Our new bridge at dusk');
      await LINKEDIN.addAltText(page).click();
      await LINKEDIN.mediaNext(page).click();
    },
  },
  /** The article's "Publish" dialog, after a title and a body and "Next". */
  linkedinArticle: {
    ...classicShare,
    url: PAGES.linkedinArticle,
    reveal: async (page) => {
      await LINKEDIN.articleTitle(page).fill('A year of on-call');
      await LINKEDIN.articleBody(page).click();
      await page.keyboard.type('What we learned about alerts.');
      await LINKEDIN.articleNext(page).click();
    },
    button: LINKEDIN.publish,
  },
  sduiShare: {
    url: PAGES.linkedinSdui,
    reveal: openSduiShare,
    editor: SDUI.shareEditor,
    button: buttonIn(openDialog, 'Post'),
  },
  // In the feed the submit has its view name; on a post's own page it sits in the `commentButtonSection` instead.
  sduiComment: {
    url: PAGES.linkedinSdui,
    editor: sduiCommentBox('activity'),
    button: css('button[data-view-name="comment-post"], [id*="commentButtonSection"] button >> nth=0'),
  },
  sduiReply: {
    url: PAGES.linkedinSdui,
    reveal: (page) => SDUI.replyToComment(page).click(),
    editor: sduiCommentBox('comment'),
    button: css('button[data-view-name="comment-reply-post"] >> nth=0'),
  },
  /** A post's own page: the submit in `div[id*="commentButtonSection"]`. */
  sduiPostComment: { url: PAGES.linkedinSduiPost, editor: sduiCommentBox('activity'), button: css('[id*="commentButtonSection"] button') },
  /** The same, with a `contenteditable="plaintext-only"` editor whose only hook is its role. */
  sduiPlaintextComment: { url: PAGES.linkedinSduiPostPlaintext, editor: sduiCommentBox('activity'), button: css('[id*="commentButtonSection"] button') },
  sduiRepost: {
    url: PAGES.linkedinSdui,
    reveal: async (page) => {
      await SDUI.repost(page).click();
      await SDUI.menuEntry('Repost with your thoughts')(page).click();
      await SDUI.shareEditor(page).waitFor();
    },
    editor: SDUI.shareEditor,
    button: buttonIn(openDialog, 'Post'),
  },
  /** The share dialog set to a time: the clock, Confirm, and back on the compose screen whose button reads "Schedule". */
  sduiSchedule: {
    url: PAGES.linkedinSdui,
    reveal: async (page) => {
      await openSduiShare(page);
      await SDUI.scheduleClock(page).click();
      await SDUI.scheduleConfirm(page).click();
      await SDUI.shareEditor(page).waitFor();
    },
    editor: SDUI.shareEditor,
    button: buttonIn(openDialog, 'Schedule'),
  },
  sduiEditPost: {
    url: PAGES.linkedinSdui,
    reveal: async (page) => {
      await SDUI.postMenu('Pat Pause')(page).click();
      await SDUI.menuEntry('Edit post')(page).click();
      await SDUI.shareEditor(page).waitFor();
      await clearEditor(page, SDUI.shareEditor);
    },
    editor: SDUI.shareEditor,
    button: buttonIn(openDialog, 'Save'),
  },
  sduiEditComment: {
    url: PAGES.linkedinSdui,
    reveal: async (page) => {
      await SDUI.commentMenu('Pat Pause')(page).click();
      await SDUI.menuEntry('Edit comment')(page).click();
      await clearEditor(page, css('[id^="replaceableComment_"] [role="textbox"]'));
    },
    editor: css('[id^="replaceableComment_"] [role="textbox"]'),
    button: buttonIn('[id^="replaceableComment_"]', 'Save changes'),
  },
  sduiAltText: {
    url: PAGES.linkedinSdui,
    reveal: async (page) => {
      await openSduiShare(page);
      await sduiAttachDescribedImage(page);
      await SDUI.shareEditor(page).waitFor();
    },
    editor: SDUI.shareEditor,
    button: buttonIn(openDialog, 'Post'),
  },
  /** A company page's admin composer: a plain `[role=textbox]` in a dialog, "Post". */
  sduiCompanyPost: {
    url: PAGES.linkedinCompanyAdmin,
    reveal: (page) => SDUI.companyStartPost(page).click(),
    editor: css(`${openDialog} [role="textbox"]`),
    button: buttonIn(openDialog, 'Post'),
  },
  /** Messaging: never a post (classic `.msg-form`; the new one in #interop-outlet's shadow root). */
  linkedinMessage: { url: PAGES.linkedinMessaging, editor: LINKEDIN.messageEditor, button: LINKEDIN.messageSend },
  sduiMessage: { url: PAGES.linkedinSduiMessaging, editor: SDUI.messageEditor, button: SDUI.messageSend },
};

/** The surfaces PostPause never pauses: direct messages and Grok are no posts. */
export const NEVER_PAUSED = ['xChat', 'xGrok', 'linkedinMessage', 'sduiMessage'];

// ---- Without hooks -------------------------------------------------------------------------------------------

const LABELS = { post: { en: 'Post', nl: 'Plaatsen' }, comment: { en: 'Comment', nl: 'Reageren' } };

/**
 * Composers found by what drift leaves: roles, the editor libraries' own classes, forms and the buttons' labels
 * in the page's language (`lang`).
 */
export const WITHOUT_HOOKS = {
  xHome: (lang = 'en') => ({ editor: css(`${primaryColumn} [role="textbox"]`), button: buttonIn(primaryColumn, LABELS.post[lang]) }),
  /** The compose modal, opened by `reveal` (a new post unless given), its button found by `label`. */
  xModal: (label = LABELS.post.en, reveal = SURFACES.xModal.reveal) => ({ reveal, editor: css(`${layers} [role="textbox"]`), button: buttonIn(layers, label) }),
  linkedinComment: (lang = 'en') => ({ editor: css(`form ${quill} >> nth=0`), button: buttonIn('form >> nth=0', LABELS.comment[lang]) }),
  linkedinShare: () => ({
    reveal: (page) => LINKEDIN.startPostByName(page).click(),
    editor: css(`[role="dialog"] ${quill}`),
    button: buttonIn('[role="dialog"]', LABELS.post.en),
  }),
  // The submit: a button with the label "Comment" and no aria-label (the action bar's toggle has one).
  // With the component keys gone the view name is what is left to find the submit by.
  sduiComment: () => ({ editor: css('.ProseMirror >> nth=0'), button: css('button[data-view-name="comment-post"] >> nth=0') }),
};
