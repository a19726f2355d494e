/**
 * What a publish is, and the switch the policy and the employee turn it on and off with: the one list the
 * adapters, the settings, the schema, the options page and the deployment templates are made from.
 */
export const SURFACE_SWITCH = {
  post: 'posts',
  comment: 'comments',
  reply: 'replies',
  // An instant repost (and X's quote with no text) publishes someone else's post under the employee's name.
  repost: 'reposts',
} as const;

export type Surface = keyof typeof SURFACE_SWITCH;
export type SurfaceSwitch = (typeof SURFACE_SWITCH)[Surface];

export const SURFACE_SWITCHES = Object.values(SURFACE_SWITCH) as SurfaceSwitch[];
