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
};

const xModal = { editor: X.threadEditor(0), button: css(`${layers} ${testId('tweetButton')}`) };

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
  xModal: () => ({ reveal: SURFACES.xModal.reveal, editor: css(`${layers} [role="textbox"]`), button: buttonIn(layers, LABELS.post.en) }),
  linkedinComment: (lang = 'en') => ({ editor: css(`form ${quill} >> nth=0`), button: buttonIn('form >> nth=0', LABELS.comment[lang]) }),
  linkedinShare: () => ({
    reveal: (page) => LINKEDIN.startPostByName(page).click(),
    editor: css(`[role="dialog"] ${quill}`),
    button: buttonIn('[role="dialog"]', LABELS.post.en),
  }),
  sduiComment: () => ({ editor: css('.ProseMirror >> nth=0'), button: css('button[type="submit"] >> nth=0') }),
};
