// Strings, icons, avatars and the publish of the LinkedIn SDUI page.
import { h, svg, type Attrs } from '../common/dom.ts';
import { ICON_PATHS, initials, lineIcon } from '../common/icons.ts';
import { lang } from '../common/lang.ts';
import { publisher } from '../common/record.ts';
import { c } from './styles.ts';

export type Surface = 'share' | 'comment' | 'reply';

const strings = {
  en: {
    home: 'Home', myNetwork: 'My Network', startPost: 'Start a post', post: 'Post', comment: 'Comment', reply: 'Reply',
    like: 'Like', likeState: 'Reaction button state: no reaction', repost: 'Repost', send: 'Send', dismiss: 'Dismiss',
    talkAbout: 'What do you want to talk about?', addComment: 'Add a comment…', addReply: 'Add a reply…',
    media: 'Add media', emoji: 'Emoji', schedule: 'Schedule post', photo: 'Add a photo', anyone: 'Post to Anyone',
    posted: 'Post successful', commented: 'Comment posted', loading: 'Loading', network: 'Manage my network',
    connections: 'Connections', following: 'Following & followers', notFound: 'This page doesn’t exist',
    comments: (n: number) => `${n} comments`,
  },
  nl: {
    home: 'Startpagina', myNetwork: 'Mijn netwerk', startPost: 'Een bijdrage starten', post: 'Plaatsen', comment: 'Reageren',
    reply: 'Beantwoorden', like: 'Interessant', likeState: 'Status reactieknop: geen reactie', repost: 'Reposten',
    send: 'Verzenden', dismiss: 'Sluiten', talkAbout: 'Waarover wil je het hebben?', addComment: 'Een reactie toevoegen…',
    addReply: 'Een antwoord toevoegen…', media: 'Media toevoegen', emoji: 'Emoji', schedule: 'Bijdrage plannen',
    photo: 'Een foto toevoegen', anyone: 'Plaatsen voor iedereen', posted: 'Bijdrage geplaatst', commented: 'Reactie geplaatst',
    loading: 'Laden', network: 'Mijn netwerk beheren', connections: 'Connecties', following: 'Volgend en volgers',
    notFound: 'Deze pagina bestaat niet', comments: (n: number) => `${n} reacties`,
  },
};
export const t = strings[lang];

export const publish = publisher<Surface>((surface) => (surface === 'share' ? t.posted : t.commented));

// LinkedIn's language-neutral symbol ids.
const iconPaths = {
  'close-medium': ICON_PATHS.close,
  'thumbs-up-outline-small': ICON_PATHS.like,
  'comment-small': ICON_PATHS.comment,
  'repost-small': ICON_PATHS.repost,
  'send-privately-small': ICON_PATHS.send,
  'image-medium': ICON_PATHS.image,
  'emoji-medium': ICON_PATHS.emoji,
  'clock-medium': ICON_PATHS.clock,
  'home-medium': ICON_PATHS.home,
  'people-medium': ICON_PATHS.network,
  'caret-small': ICON_PATHS.caret,
  'globe-small': ICON_PATHS.globe,
  'loader-medium': 'M12 3a9 9 0 1 0 9 9',
};
export type IconId = keyof typeof iconPaths;

/** An inline SVG icon whose `id` is its symbol id (`comment-small`, `image-medium`…). */
export function icon(id: IconId, size = id.endsWith('-small') ? 16 : 24): SVGSVGElement {
  return svg('svg', { id, ...lineIcon(size), 'data-supported-dps': `${size}x${size}` }, svg('path', { d: iconPaths[id] }));
}

/** A round avatar with initials. */
export function avatar(name: string, size: number, attrs: Attrs = {}): HTMLElement {
  return h('div', { class: c.avatar, style: `width:${size}px;height:${size}px`, ...attrs }, initials(name, size));
}
