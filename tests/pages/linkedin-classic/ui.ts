// Strings, icons, avatars, Ember ids and the publish of the LinkedIn classic page.
import { h, svg } from '../common/dom.ts';
import { ICON_PATHS, initials, lineIcon } from '../common/icons.ts';
import { lang } from '../common/lang.ts';
import { publisher } from '../common/record.ts';

/** What the page records as the surface of a publish (tests/pages/README.md). */
export type Surface = 'share' | 'repost' | 'instant-repost' | 'edit-post' | 'comment' | 'reply' | 'edit-comment' | 'message' | 'article';

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
    messaging: 'Messaging', writeMessage: 'Write a message…', sendOptions: 'Open send options', attach: 'Attach an image',
    sent: 'Message sent', postMenu: (name: string) => `Open control menu for post by ${name}`,
    commentMenu: (name: string) => `Open options for ${name}’s comment`, editPost: 'Edit post', editComment: 'Edit comment',
    deletePost: 'Delete post', deleteComment: 'Delete', copyLink: 'Copy link to post', savePost: 'Save', save: 'Save',
    saveChanges: 'Save changes', cancel: 'Cancel', saved: 'Saved', more: '…more', seeMore: 'see more, visually reveals content which is already detected by screen readers',
    repostThoughtsNote: (name: string) => `Create a new post with ${name}’s post attached`,
    repostInstantlyNote: (name: string) => `Instantly bring ${name}’s post to others’ feeds`,
    editor: 'Editor', upload: 'Upload from computer', selectFiles: 'Select files to begin', altText: 'Alternative text', add: 'Add',
    update: 'Update', altHelp: 'Describe this image for people who can’t see it.', back: 'Back', next: 'Next', removeMedia: 'Remove media',
    writeArticle: 'Write article', title: 'Title', writeHere: 'Write here. You can also include @mentions.', publish: 'Publish',
    articleAbout: 'Tell your network what your article is about', published: 'Your article was published', publishArticle: 'Publish article',
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
    messaging: 'Berichten', writeMessage: 'Schrijf een bericht…', sendOptions: 'Verzendopties openen', attach: 'Een afbeelding bijvoegen',
    sent: 'Bericht verzonden', postMenu: (name: string) => `Controlemenu openen voor bijdrage van ${name}`,
    commentMenu: (name: string) => `Opties openen voor de reactie van ${name}`, editPost: 'Bijdrage bewerken', editComment: 'Reactie bewerken',
    deletePost: 'Bijdrage verwijderen', deleteComment: 'Verwijderen', copyLink: 'Link naar bijdrage kopiëren', savePost: 'Opslaan',
    save: 'Opslaan', saveChanges: 'Wijzigingen opslaan', cancel: 'Annuleren', saved: 'Opgeslagen', more: '…meer',
    seeMore: 'meer weergeven, toont inhoud die schermlezers al voorlezen',
    repostThoughtsNote: (name: string) => `Een nieuwe bijdrage maken met de bijdrage van ${name}`,
    repostInstantlyNote: (name: string) => `De bijdrage van ${name} direct in andermans feed zetten`,
    editor: 'Editor', upload: 'Uploaden vanaf computer', selectFiles: 'Selecteer bestanden om te beginnen', altText: 'Alternatieve tekst',
    add: 'Toevoegen', update: 'Bijwerken', altHelp: 'Beschrijf deze afbeelding voor wie haar niet kan zien.', back: 'Terug',
    next: 'Volgende', removeMedia: 'Media verwijderen', writeArticle: 'Artikel schrijven', title: 'Titel',
    writeHere: 'Schrijf hier. Je kunt ook @vermeldingen gebruiken.', publish: 'Publiceren',
    articleAbout: 'Vertel je netwerk waar je artikel over gaat', published: 'Je artikel is gepubliceerd', publishArticle: 'Artikel publiceren',
  },
};
export const t = strings[lang];

const STATUS: Record<Surface, string> = {
  share: t.posted, repost: t.posted, 'instant-repost': t.reposted, 'edit-post': t.saved, comment: t.commented, reply: t.commented,
  'edit-comment': t.saved, message: t.sent, article: t.published,
};
export const publish = publisher<Surface>((surface) => STATUS[surface]);

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
