/**
 * What goes out with a publish, part by part: the posts of a thread, and the public text beside them (an
 * article's title, poll options, image descriptions), or the post being reposted. Each part is matched on its
 * own and shown with what it is; `article` is a long-form article's body, published with its commentary.
 */
export type PartKind = 'post' | 'title' | 'article' | 'poll' | 'alt' | 'reposted';

export interface DraftPart {
  kind: PartKind;
  text: string;
}

export const textsOf = (parts: readonly DraftPart[]) => parts.map((part) => part.text);
