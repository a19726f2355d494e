// Strings, fake posts, the page's variants and the publish of the X demo page.
import { useEffect, useState } from 'react';
import { lang } from '../common/lang.ts';
import { publisher, type Published } from '../common/record.ts';
import { showStatus } from '../common/status.ts';

export type Surface =
  | 'home' | 'modal' | 'reply-modal' | 'quote' | 'inline-reply'
  // An instant repost, and X's quote with no text of its own (which X sends as a plain repost).
  | 'repost'
  // A post edited in the compose modal ("Update").
  | 'edit'
  | 'article'
  // The mobile layout's plain-textarea composers: the /compose/post page and the inline reply.
  | 'mobile' | 'mobile-reply'
  // Never posts: an XChat message and a question to Grok.
  | 'chat' | 'grok';

/** What the X page records beyond the common fields (tests/pages/README.md#x-x). */
export interface XPublished extends Published<Surface> {
  /** Sent with "Schedule": goes out later. */
  scheduled?: true;
  scheduledFor?: string;
  /** A poll's options, as typed. */
  poll?: string[];
  /** The descriptions of the attached images ('' for an image without one). */
  alt?: string[];
  /** Sent with the Promote sheet's "Promote post". */
  promoted?: true;
  /** The post a repost or an edit is about. */
  reposted?: string;
  edited?: string;
  /** An article's title (its body is `texts[0]`). */
  title?: string;
}

const strings = {
  en: {
    post: 'Post', postAll: 'Post all', reply: 'Reply', repost: 'Repost', quote: 'Quote', like: 'Like',
    whatsHappening: "What's happening?", postYourReply: 'Post your reply', addAnother: 'Add another post',
    postText: 'Post text', addPost: 'Add post', close: 'Close', home: 'Home', replyingTo: 'Replying to',
    sent: 'Your post was sent.', compose: 'Compose new post', back: 'Back', postHeader: 'Post', media: 'Add photos or video',
    // Reposts (the menu of a post's Repost button) and the post menu.
    undoRepost: 'Undo repost', reposted: 'Reposted', repostSent: 'Reposted', more: 'More', editPost: 'Edit post',
    edited: 'Edited', lastEdited: 'Last edited',
    // Edits and the last-edit sheet.
    update: 'Update', cancel: 'Cancel', editSent: 'Your post has been edited.',
    lastEditHeadline: 'This is your last edit', lastEditText: 'Your post can’t be updated again.',
    // Media, image descriptions and the alt-text nudge.
    addDescription: 'Add description', editImageDescription: 'Edit image description', altText: 'Alt text',
    description: 'Description', save: 'Save', removeMedia: 'Remove media', image: 'Image',
    nudgeHeadline: 'Don’t forget to make your image accessible',
    nudgeText1: 'Good image descriptions are concise yet detailed. Be sure to summarize or write out any text in the image itself.',
    nudgeText2: 'Your description makes X accessible to people with disabilities, and everyone who wants more context.',
    nudgeText3: 'You can turn off this reminder in Accessibility Settings.',
    notThisTime: 'Not this time',
    // Polls.
    addPoll: 'Add poll', choice: (n: number) => (n > 2 ? `Choice ${n} (optional)` : `Choice ${n}`), addChoice: 'Add a choice',
    removePoll: 'Remove poll', pollLength: 'Poll length', days: 'Days', hours: 'Hours', minutes: 'Minutes',
    // Scheduling.
    schedulePost: 'Schedule post', schedule: 'Schedule', confirm: 'Confirm', clear: 'Clear', date: 'Date', time: 'Time',
    timeZone: 'Time zone', month: 'Month', day: 'Day', year: 'Year', hour: 'Hour', minute: 'Minute', amPm: 'AM/PM',
    scheduledPosts: 'Scheduled posts', willSendOn: (when: string) => `Will send on ${when}`,
    scheduledSent: (when: string) => `Your post will be sent on ${when}`,
    // Promote (verified accounts).
    promote: 'Promote', promoteYourPost: 'Promote your post', promotePost: 'Promote post',
    estimatedReach: 'Estimated reach', reach: '1.2K - 3.4K people', budget: 'How much do you want to spend?',
    promotedSent: 'Your post was sent. Your promotion is being reviewed.',
    // Articles.
    articles: 'Articles', drafts: 'Drafts', publish: 'Publish', publishArticle: 'Publish Article', addTitle: 'Add a title',
    articleTitle: 'Article Title', startWriting: 'Start writing',
    articlePublishText: 'Your Article will appear as a post once you publish. Also, find it under the Articles tab on your profile.',
    copyLink: 'Copy link to your clipboard', articleSent: 'Your Article was published.',
    // XChat and Grok.
    chat: 'Chat', messages: 'Messages', message: 'Message', send: 'Send', chatSent: 'Message sent',
    grok: 'Grok', askAnything: 'Ask anything', grokSomething: 'Grok something', grokAnswer: 'Here is what I found.',
    grokSent: 'Asked Grok',
  },
  nl: {
    post: 'Plaatsen', postAll: 'Alles plaatsen', reply: 'Beantwoorden', repost: 'Reposten', quote: 'Citeren', like: 'Vind ik leuk',
    whatsHappening: 'Wat houdt je bezig?', postYourReply: 'Je antwoord plaatsen', addAnother: 'Nog een post toevoegen',
    postText: 'Tekst plaatsen', addPost: 'Post toevoegen', close: 'Sluiten', home: 'Startpagina', replyingTo: 'Antwoord aan',
    sent: 'Je post is verzonden.', compose: 'Nieuwe post opstellen', back: 'Terug', postHeader: 'Post', media: "Foto's of video toevoegen",
    undoRepost: 'Maak repost ongedaan', reposted: 'Opnieuw geplaatst', repostSent: 'Opnieuw geplaatst', more: 'Meer', editPost: 'Bewerk post',
    edited: 'Bewerkt', lastEdited: 'Laatst bewerkt',
    update: 'Bijwerken', cancel: 'Annuleren', editSent: 'Je post is bewerkt.',
    lastEditHeadline: 'Dit is je laatste bewerking', lastEditText: 'Je post kan niet nogmaals worden bijgewerkt.',
    addDescription: 'Beschrijving toevoegen', editImageDescription: 'Afbeeldingsbeschrijving bewerken', altText: 'Alternatieve tekst',
    description: 'Beschrijving', save: 'Opslaan', removeMedia: 'Media verwijderen', image: 'Afbeelding',
    nudgeHeadline: 'Vergeet niet je afbeelding toegankelijk te maken',
    nudgeText1: 'Goede afbeeldingsbeschrijvingen zijn beknopt maar toch gedetailleerd. Zorg ervoor dat de tekst in de afbeelding zelf wordt samengevat of uitgeschreven.',
    nudgeText2: 'Je beschrijving maakt X toegankelijk voor mensen met een beperking en voor iedereen die meer context wil.',
    nudgeText3: 'Je kunt deze herinnering uitzetten in de instellingen voor toegankelijkheid.',
    notThisTime: 'Nu niet',
    addPoll: 'Poll toevoegen', choice: (n: number) => (n > 2 ? `Keuze ${n} (optioneel)` : `Keuze ${n}`), addChoice: 'Een keuze toevoegen',
    removePoll: 'Poll verwijderen', pollLength: 'Duur van de poll', days: 'Dagen', hours: 'Uren', minutes: 'Minuten',
    schedulePost: 'Post plannen', schedule: 'Plannen', confirm: 'Bevestigen', clear: 'Wissen', date: 'Datum', time: 'Tijd',
    timeZone: 'Tijdzone', month: 'Maand', day: 'Dag', year: 'Jaar', hour: 'Uur', minute: 'Minuut', amPm: 'AM/PM',
    scheduledPosts: 'Geplande posts', willSendOn: (when: string) => `Wordt verzonden op ${when}`,
    scheduledSent: (when: string) => `Je post wordt verzonden op ${when}`,
    promote: 'Uitlichten', promoteYourPost: 'Je post uitlichten', promotePost: 'Post uitlichten',
    estimatedReach: 'Geschat bereik', reach: '1,2K - 3,4K mensen', budget: 'Hoeveel wil je uitgeven?',
    promotedSent: 'Je post is verzonden. Je promotie wordt beoordeeld.',
    articles: 'Artikelen', drafts: 'Concepten', publish: 'Publiceren', publishArticle: 'Artikel publiceren', addTitle: 'Een titel toevoegen',
    articleTitle: 'Titel Artikel', startWriting: 'Beginnen met schrijven',
    articlePublishText: 'Je Artikel verschijnt als post zodra je het publiceert. Je kan het ook terugvinden in het tabblad Artikelen in je profiel.',
    copyLink: 'Kopieer de link naar je klembord', articleSent: 'Je Artikel is gepubliceerd.',
    chat: 'Chat', messages: 'Berichten', message: 'Bericht', send: 'Verzenden', chatSent: 'Bericht verzonden',
    grok: 'Grok', askAnything: 'Vraag wat je maar wil', grokSomething: 'Grok iets', grokAnswer: 'Dit heb ik gevonden.',
    grokSent: 'Vraag aan Grok gesteld',
  },
};
export const t = strings[lang];

// ---- The page's variants, read once at load like `lang` (navigation keeps them in memory) ------------------

const params = new URLSearchParams(location.search);
/** `?layout=mobile`: X's touch layout, whose composers are plain textareas (docs/evidence/x.md#mobile-layout). */
export const mobile = params.get('layout') === 'mobile';
/** `?account=verified`: the demo account is verified, so the compose modal offers "Promote". */
export const verified = params.get('account') === 'verified';

// ---- Posts ---------------------------------------------------------------------------------------------------

export const ME = { user: 'postpause_demo', name: 'PostPause Demo' };

export interface Post {
  id: string;
  user: string;
  name: string;
  text: string;
  time: string;
  /** The demo account's own posts: how many edits X still allows (5 within the first hour). */
  editsLeft?: number;
  editedAt?: string;
}

export const POSTS: Post[] = [
  { id: '1850000000000000001', user: 'ada_builds', name: 'Ada Builds', time: '2h',
    text: 'Shipped the new onboarding flow today. Small steps, every day.' },
  { id: '1850000000000000002', user: 'grace_ops', name: 'Grace Ops', time: '5h',
    text: 'Reminder: the quickest incident is the one you never cause. Read your diff twice.' },
  { id: '1850000000000000003', user: 'tim_bikes', name: 'Tim on Bikes', time: '1d',
    text: 'Commuted 20 km in the rain and still beat the bus. Coffee first, emails later.' },
  { id: '1850000000000000004', user: 'nieuws_nl', name: 'Nieuws NL', time: '1d',
    text: 'Na de verkiezingen: wie gaat er met wie praten? Lees het live verslag.' },
];

/** The demo account's own recent posts, which it can still edit (docs/evidence/x.md#edits). */
export const OWN_POSTS: Post[] = [
  { id: '1850000000000000011', ...ME, time: '12m', editsLeft: 5,
    text: 'Our team opened the new bridge in Zwolle today.' },
  { id: '1850000000000000012', ...ME, time: '40m', editsLeft: 1,
    text: 'Thanks to everyone who came to the open day.' },
];

export function findPost(id: string, user = 'someuser'): Post {
  return [...POSTS, ...OWN_POSTS].find((p) => p.id === id) ?? { id, user, name: user, time: '3h', text: 'A post from the conversation.' };
}

// ---- What changes on the page: reposts and edits -------------------------------------------------------------

const reposted = new Set<string>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** Re-renders the caller when a post is reposted or edited. */
export function usePosts(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return version;
}

export const isReposted = (id: string) => reposted.has(id);

export function setReposted(id: string, on: boolean) {
  if (on) reposted.add(id);
  else reposted.delete(id);
  changed();
}

export function applyEdit(id: string, text: string) {
  const post = OWN_POSTS.find((p) => p.id === id);
  if (!post) return;
  post.text = text;
  post.editsLeft = Math.max(0, (post.editsLeft ?? 1) - 1);
  post.editedAt = 'now';
  changed();
}

/** What a route's history state carries: the post a compose modal replies to, quotes or edits. */
export interface RouteState {
  inReplyToStatusId?: string;
  quotedStatus?: Post;
  editTweetId?: string;
}

const statusOf = (surface: Surface) => (surface === 'repost' ? t.repostSent : surface === 'edit' ? t.editSent : surface === 'article' ? t.articleSent : surface === 'chat' ? t.chatSent : surface === 'grok' ? t.grokSent : t.sent);
const record = publisher<Surface>(statusOf);

/** Records a publish (with the X page's own fields) and shows the status line, or `status` instead. */
export const publish = (published: XPublished, status?: string) => {
  record(published);
  if (status) showStatus(status);
};
