// Strings, icons, avatars, Ember ids and the publish of the LinkedIn classic page.
import { h, svg } from '../common/dom.ts';
import { ICON_PATHS, initials, lineIcon } from '../common/icons.ts';
import { lang } from '../common/lang.ts';
import { publisher } from '../common/record.ts';

export type Surface = 'share' | 'repost' | 'comment' | 'reply';

export const shadowStyle = new URLSearchParams(location.search).get('style') === 'shadow';

const strings = {
  en: {
    home: 'Home', myNetwork: 'My Network', startPost: 'Start a post', createPost: 'Create a post', dismiss: 'Dismiss',
    post: 'Post', comment: 'Comment', reply: 'Reply', like: 'Like', repost: 'Repost', send: 'Send',
    repostThoughts: 'Repost with your thoughts', repostInstantly: 'Repost',
    talkAbout: 'What do you want to talk about?', addComment: 'Add a comment…', addReply: 'Add a reply…',
    replyTo: (name: string) => `Reply to ${name}’s comment`, media: 'Add media', emoji: 'Open Emoji Keyboard',
    schedule: 'Schedule post', posted: 'Post successful', commented: 'Comment posted', reposted: 'Reposted',
    anyone: 'Post to Anyone', network: 'Manage my network', connections: 'Connections', following: 'Following & followers',
    notFound: 'This page doesn’t exist', comments: (n: number) => `${n} comments`,
  },
  nl: {
    home: 'Startpagina', myNetwork: 'Mijn netwerk', startPost: 'Een bijdrage starten', createPost: 'Een bijdrage maken',
    dismiss: 'Sluiten', post: 'Plaatsen', comment: 'Reageren', reply: 'Beantwoorden', like: 'Interessant',
    repost: 'Reposten', send: 'Verzenden', repostThoughts: 'Reposten met je eigen gedachten', repostInstantly: 'Reposten',
    talkAbout: 'Waarover wil je het hebben?', addComment: 'Een reactie toevoegen…', addReply: 'Een antwoord toevoegen…',
    replyTo: (name: string) => `Beantwoorden op de reactie van ${name}`, media: 'Media toevoegen',
    emoji: 'Emoji-toetsenbord openen', schedule: 'Bijdrage plannen', posted: 'Bijdrage geplaatst',
    commented: 'Reactie geplaatst', reposted: 'Gerepost', anyone: 'Plaatsen voor iedereen', network: 'Mijn netwerk beheren',
    connections: 'Connecties', following: 'Volgend en volgers', notFound: 'Deze pagina bestaat niet',
    comments: (n: number) => `${n} reacties`,
  },
};
export const t = strings[lang];

export const publish = publisher<Surface>((surface) => (surface === 'share' || surface === 'repost' ? t.posted : t.commented));

/** An inline SVG icon drawn with strokes in the current colour. */
export function icon(name: keyof typeof ICON_PATHS, size = 24): SVGSVGElement {
  return svg('svg', { ...lineIcon(size), focusable: 'false', class: 'artdeco-button__icon' }, svg('path', { d: ICON_PATHS[name] }));
}

/** A round avatar with initials. */
export function avatar(name: string, size: number, className = 'EntityPhoto-circle-1'): HTMLElement {
  return h('div', { class: `ivm-view-attr__img-wrapper ${className}`, style: `width:${size}px;height:${size}px` }, initials(name, size));
}

let emberId = 100;
/** Ember's generated element ids. */
export function ember(): string {
  emberId += 1;
  return `ember${emberId}`;
}
