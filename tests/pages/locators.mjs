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
  linkedin: 'https://www.linkedin.com/feed/',
  linkedinShadow: 'https://www.linkedin.com/feed/?style=shadow',
  linkedinSdui: 'https://www.linkedin.com/feed/?style=sdui',
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

export const LINKEDIN = {
  startPost: css('button.share-box-feed-entry__trigger'),
  startPostByName: (page) => page.getByRole('button', { name: 'Start a post' }),
  repost: (page) => page.getByRole('button', { name: 'Repost', exact: true }).first(),
  repostWithThoughts: (page) => page.getByRole('menuitem', { name: 'Repost with your thoughts' }),
  replyToComment: css('button[aria-label^="Reply to "] >> nth=0'),
  myNetwork: (page) => page.getByRole('link', { name: 'My Network' }),
  home: (page) => page.getByRole('link', { name: 'Home' }),
  postLink: css('a[href*="/feed/update/"] >> nth=0'),
};

const classicShare = {
  reveal: (page) => LINKEDIN.startPost(page).click(),
  editor: css(`${shareModal} ${quill}`),
  button: css(`${shareModal} button.share-actions__primary-action`),
};

export const SDUI = {
  startPost: css('[aria-label="Start a post"]'),
  shareEditor: css('[componentkey="ShareBox_textEditor"]'),
  replyToComment: (page) => page.getByRole('button', { name: 'Reply', exact: true }).first(),
};

/** An SDUI comment box's editor and button, under a post (`activity`) or a comment (`comment`). */
const sduiCommentBox = (kind) => ({
  editor: css(`[componentkey^="commentBox-urn:li:${kind}"] [role="textbox"] >> nth=0`),
  button: css(`[componentkey^="commentButtonSection-urn:li:${kind}"] button >> nth=0`),
});

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
  sduiShare: {
    url: PAGES.linkedinSdui,
    reveal: async (page) => {
      await SDUI.startPost(page).click();
      await SDUI.shareEditor(page).waitFor();
    },
    editor: SDUI.shareEditor,
    button: buttonIn('dialog[open]', 'Post'),
  },
  sduiComment: { url: PAGES.linkedinSdui, ...sduiCommentBox('activity') },
  sduiReply: { url: PAGES.linkedinSdui, reveal: (page) => SDUI.replyToComment(page).click(), ...sduiCommentBox('comment') },
};

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
  sduiComment: () => ({ editor: css('.ProseMirror >> nth=0'), button: css('button[type="submit"] >> nth=0') }),
};
