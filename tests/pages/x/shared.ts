// Strings, fake posts and the publish of the X demo page.
import { lang } from '../common/lang.ts';
import { publisher } from '../common/record.ts';

export type Surface = 'home' | 'modal' | 'reply-modal' | 'quote' | 'inline-reply';

const strings = {
  en: {
    post: 'Post', postAll: 'Post all', reply: 'Reply', repost: 'Repost', quote: 'Quote', like: 'Like',
    whatsHappening: "What's happening?", postYourReply: 'Post your reply', addAnother: 'Add another post',
    postText: 'Post text', addPost: 'Add post', close: 'Close', home: 'Home', replyingTo: 'Replying to',
    sent: 'Your post was sent.', compose: 'Compose new post', back: 'Back', postHeader: 'Post', media: 'Add photos or video',
  },
  nl: {
    post: 'Plaatsen', postAll: 'Alles plaatsen', reply: 'Beantwoorden', repost: 'Reposten', quote: 'Citeren', like: 'Vind ik leuk',
    whatsHappening: 'Wat houdt je bezig?', postYourReply: 'Je antwoord plaatsen', addAnother: 'Nog een post toevoegen',
    postText: 'Tekst plaatsen', addPost: 'Post toevoegen', close: 'Sluiten', home: 'Startpagina', replyingTo: 'Antwoord aan',
    sent: 'Je post is verzonden.', compose: 'Nieuwe post opstellen', back: 'Terug', postHeader: 'Post', media: "Foto's of video toevoegen",
  },
};
export const t = strings[lang];

export interface Post {
  id: string;
  user: string;
  name: string;
  text: string;
  time: string;
}

export const POSTS: Post[] = [
  { id: '1850000000000000001', user: 'ada_builds', name: 'Ada Builds', time: '2h',
    text: 'Shipped the new onboarding flow today. Small steps, every day.' },
  { id: '1850000000000000002', user: 'grace_ops', name: 'Grace Ops', time: '5h',
    text: 'Reminder: the quickest incident is the one you never cause. Read your diff twice.' },
  { id: '1850000000000000003', user: 'tim_bikes', name: 'Tim on Bikes', time: '1d',
    text: 'Commuted 20 km in the rain and still beat the bus. Coffee first, emails later.' },
];

export function findPost(id: string, user = 'someuser'): Post {
  return POSTS.find((p) => p.id === id) ?? { id, user, name: user, time: '3h', text: 'A post from the conversation.' };
}

/** What a route's history state carries: the post a compose modal replies to or quotes. */
export interface RouteState {
  inReplyToStatusId?: string;
  quotedStatus?: Post;
}

export const publish = publisher<Surface>(() => t.sent);
