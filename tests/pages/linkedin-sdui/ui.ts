// Strings, icons, avatars and the publish of the LinkedIn SDUI page.
import { h, svg, type Attrs } from '../common/dom.ts';
import { ICON_PATHS, initials, lineIcon } from '../common/icons.ts';
import { lang } from '../common/lang.ts';
import { publisher } from '../common/record.ts';
import { c } from './styles.ts';

/** What the page records as the surface of a publish (tests/pages/README.md). */
export type Surface = 'share' | 'repost' | 'instant-repost' | 'schedule' | 'edit-post' | 'comment' | 'reply' | 'edit-comment'
  | 'company-post' | 'message';

const strings = {
  en: {
    home: 'Home', myNetwork: 'My Network', messaging: 'Messaging', startPost: 'Start a post', post: 'Post', comment: 'Comment',
    reply: 'Reply', like: 'Like', likeState: 'Reaction button state: no reaction', repost: 'Repost', send: 'Send',
    dismiss: 'Dismiss', talkAbout: 'What do you want to talk about?', addComment: 'Add a comment…', addReply: 'Add a reply…',
    media: 'Add media', emoji: 'Emoji', schedule: 'Schedule', scheduled: 'Scheduled', photo: 'Add a photo', anyone: 'Post to Anyone',
    posted: 'Post successful', commented: 'Comment posted', reposted: 'Reposted', saved: 'Saved', loading: 'Loading',
    network: 'Manage my network', connections: 'Connections', following: 'Following & followers',
    notFound: 'This page doesn’t exist', comments: (n: number) => `${n} comments`,
    replyTo: (name: string) => `Reply to ${name}’s comment`, viewProfile: (name: string) => `View ${name}’s profile`,
    postMenu: (name: string) => `Open control menu for post by ${name}`, commentMenu: (name: string) => `Open options for ${name}’s comment`,
    repostThoughts: 'Repost with your thoughts', repostThoughtsNote: (name: string) => `Create a new post with ${name}’s post attached`,
    repostNow: 'Repost', repostNowNote: (name: string) => `Instantly bring ${name}’s post to others’ feeds`,
    editPost: 'Edit post', editComment: 'Edit comment', deletePost: 'Delete post', deleteComment: 'Delete', copyLink: 'Copy link to post',
    savePost: 'Save', save: 'Save', saveChanges: 'Save changes', cancel: 'Cancel', more: '…more',
    scheduleTitle: 'Schedule post', date: 'Date', time: 'Time', back: 'Back', confirm: 'Confirm', next: 'Next',
    timeZone: 'Scheduled posts are in your time zone.', scheduledFor: (when: string) => `Scheduled for ${when}`,
    editor: 'Editor', upload: 'Upload from computer', selectFiles: 'Select files to begin', altText: 'Alternative text', add: 'Add',
    update: 'Update', altHelp: 'Describe this image for people who can’t see it.', removeMedia: 'Remove media',
    editingPost: 'Edit post', writeMessage: 'Write a message…', messages: 'Messages', attach: 'Attach an image',
    sent: 'Message sent', pagePosts: 'Page posts', published: 'Published', create: 'Start a post', adminView: 'Admin view',
  },
  nl: {
    home: 'Startpagina', myNetwork: 'Mijn netwerk', messaging: 'Berichten', startPost: 'Een bijdrage starten', post: 'Plaatsen',
    comment: 'Reageren', reply: 'Beantwoorden', like: 'Interessant', likeState: 'Status reactieknop: geen reactie',
    repost: 'Reposten', send: 'Verzenden', dismiss: 'Sluiten', talkAbout: 'Waarover wil je het hebben?',
    addComment: 'Een reactie toevoegen…', addReply: 'Een antwoord toevoegen…', media: 'Media toevoegen', emoji: 'Emoji',
    schedule: 'Plannen', scheduled: 'Gepland', photo: 'Een foto toevoegen', anyone: 'Plaatsen voor iedereen',
    posted: 'Bijdrage geplaatst', commented: 'Reactie geplaatst', reposted: 'Gerepost', saved: 'Opgeslagen', loading: 'Laden',
    network: 'Mijn netwerk beheren', connections: 'Connecties', following: 'Volgend en volgers',
    notFound: 'Deze pagina bestaat niet', comments: (n: number) => `${n} reacties`,
    replyTo: (name: string) => `Beantwoorden op de reactie van ${name}`, viewProfile: (name: string) => `Profiel van ${name} bekijken`,
    postMenu: (name: string) => `Controlemenu openen voor bijdrage van ${name}`, commentMenu: (name: string) => `Opties openen voor de reactie van ${name}`,
    repostThoughts: 'Reposten met je eigen gedachten', repostThoughtsNote: (name: string) => `Een nieuwe bijdrage maken met de bijdrage van ${name}`,
    repostNow: 'Reposten', repostNowNote: (name: string) => `De bijdrage van ${name} direct in andermans feed zetten`,
    editPost: 'Bijdrage bewerken', editComment: 'Reactie bewerken', deletePost: 'Bijdrage verwijderen', deleteComment: 'Verwijderen',
    copyLink: 'Link naar bijdrage kopiëren', savePost: 'Opslaan', save: 'Opslaan', saveChanges: 'Wijzigingen opslaan',
    cancel: 'Annuleren', more: '…meer', scheduleTitle: 'Bijdrage plannen', date: 'Datum', time: 'Tijd', back: 'Terug',
    confirm: 'Bevestigen', next: 'Volgende', timeZone: 'Geplande bijdragen staan in je eigen tijdzone.',
    scheduledFor: (when: string) => `Gepland voor ${when}`, editor: 'Editor', upload: 'Uploaden vanaf computer',
    selectFiles: 'Selecteer bestanden om te beginnen', altText: 'Alternatieve tekst', add: 'Toevoegen', update: 'Bijwerken',
    altHelp: 'Beschrijf deze afbeelding voor wie haar niet kan zien.', removeMedia: 'Media verwijderen', editingPost: 'Bijdrage bewerken',
    writeMessage: 'Schrijf een bericht…', messages: 'Berichten', attach: 'Een afbeelding bijvoegen', sent: 'Bericht verzonden',
    pagePosts: 'Paginabijdragen', published: 'Gepubliceerd', create: 'Een bijdrage starten', adminView: 'Beheerdersweergave',
  },
};
export const t = strings[lang];

const STATUS: Record<Surface, string> = {
  share: t.posted, repost: t.posted, 'instant-repost': t.reposted, schedule: t.scheduled, 'edit-post': t.saved, comment: t.commented,
  reply: t.commented, 'edit-comment': t.saved, 'company-post': t.posted, message: t.sent,
};
export const publish = publisher<Surface>((surface) => STATUS[surface]);

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
  'clock-small': ICON_PATHS.clock,
  'home-medium': ICON_PATHS.home,
  'people-medium': ICON_PATHS.network,
  'messages-medium': 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  'caret-small': ICON_PATHS.caret,
  'globe-small': ICON_PATHS.globe,
  'overflow-web-ios-small': 'M5 12h.01M12 12h.01M19 12h.01',
  'edit-small': 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  'trash-small': 'M5 7h14M9 7V4h6v3M7 7l1 13h8l1-13',
  'link-small': 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  'bookmark-outline-small': 'M6 4h12v16l-6-4-6 4z',
  'arrow-left-medium': 'M19 12H5M11 6l-6 6 6 6',
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

/** A round button with only an icon and a label for assistive technology. */
export const iconButton = (label: string, id: IconId, attrs: Attrs = {}) =>
  h('button', { class: c.iconBtn, 'aria-label': label, type: 'button', ...attrs }, icon(id));
