// SDUI pages carry only CSS-module hashes as class names, and they change between builds. Here every role
// gets a fresh `_` + 8 hex digits on each page load, and the one <style> is built from them.

const roles = [
  'app', 'nav', 'navInner', 'logo', 'navList', 'navLink', 'navLinkActive', 'layout', 'rail', 'center', 'card', 'profile',
  'profileName', 'muted', 'shareRow', 'avatar', 'launcher', 'feed', 'post', 'postHead', 'postName', 'postText', 'counts',
  'actionBar', 'actionBtn', 'comments', 'commentBox', 'commentField', 'editorWrap', 'editor', 'commentTools', 'commentButtons',
  'iconBtn', 'primaryBtn', 'comment', 'commentMain', 'bubble', 'commentActions', 'textBtn', 'replies', 'status',
  'statusVisible', 'dialog', 'spinner', 'spin', 'screen', 'dialogHead', 'authorBtn', 'dialogBody', 'shareEditor', 'toolbar',
  'footer', 'page', 'mention', 'thread', 'menu', 'menuItem', 'menuNote', 'postMenuBtn', 'actorLink', 'actorName', 'moreBtn',
  'postTime', 'attached', 'media', 'mediaImg', 'screenTitle', 'field', 'fieldLabel', 'input', 'note', 'scheduleInfo', 'secondaryBtn',
  'altPanel', 'textarea', 'editBox', 'editActions', 'admin', 'adminHead', 'tabs', 'tab', 'launchBtn',
] as const;
export type Role = (typeof roles)[number];

function hash(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
const used = new Set<string>();
export const c = Object.fromEntries(roles.map((role) => {
  let name = hash();
  while (used.has(name)) name = hash();
  used.add(name);
  return [role, name];
})) as Record<Role, string>;

export const CSS = `
body{margin:0;background:#f4f2ee;color:rgba(0,0,0,.9);font:14px/1.43 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.${c.nav}{position:sticky;top:0;z-index:10;background:#fff;border-bottom:1px solid rgba(140,140,140,.2)}
.${c.navInner}{max-width:1128px;margin:0 auto;display:flex;align-items:center;gap:24px;height:52px;padding:0 16px}
.${c.logo}{width:34px;height:34px;border-radius:4px;background:#0a66c2;color:#fff;font:700 22px/34px Arial,sans-serif;text-align:center}
.${c.navList}{display:flex;gap:8px;margin:0;padding:0;list-style:none}
.${c.navLink}{display:flex;flex-direction:column;align-items:center;font-size:12px;color:rgba(0,0,0,.6);text-decoration:none;padding:0 12px}
.${c.navLinkActive}{color:rgba(0,0,0,.9);box-shadow:inset 0 -2px 0 rgba(0,0,0,.9)}
.${c.layout}{max-width:1128px;margin:24px auto;display:grid;grid-template-columns:225px 555px;gap:24px;padding:0 16px;justify-content:center}
.${c.card}{background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgba(140,140,140,.2);margin-bottom:8px}
.${c.profile}{padding:16px;text-align:center}
.${c.profile} .${c.avatar}{margin:0 auto 8px}
.${c.profileName}{font-weight:600;font-size:16px}
.${c.muted}{display:block;font-size:12px;color:rgba(0,0,0,.6)}
.${c.avatar}{flex:none;border-radius:50%;overflow:hidden}
.${c.avatar} svg{display:block}
.${c.shareRow}{display:flex;align-items:center;gap:8px;padding:12px 16px}
.${c.launcher}{flex:1;display:flex;align-items:center;min-height:48px;padding:0 16px;border:1px solid rgba(140,140,140,.6);border-radius:35px;cursor:pointer;font-weight:600;color:rgba(0,0,0,.6)}
.${c.launcher}:hover{background:rgba(0,0,0,.08)}
.${c.launcher} p{margin:0}
.${c.postHead}{display:flex;gap:8px;padding:12px 16px 0}
.${c.postName}{font-weight:600}
.${c.postHead} a{font-size:12px;color:rgba(0,0,0,.6);text-decoration:none}
.${c.postHead} a:hover{text-decoration:underline;color:#0a66c2}
.${c.postText}{padding:8px 16px;white-space:pre-wrap}
.${c.counts}{margin:0 16px;padding:8px 0;border-bottom:1px solid rgba(140,140,140,.2);font-size:12px;color:rgba(0,0,0,.6)}
.${c.actionBar}{display:flex;justify-content:space-around;padding:4px 8px}
.${c.actionBtn}{display:inline-flex;align-items:center;gap:4px;border:0;background:none;border-radius:4px;padding:10px 8px;font-weight:600;font-size:14px;line-height:20px;font-family:inherit;color:rgba(0,0,0,.6);cursor:pointer}
.${c.actionBtn}:hover,.${c.iconBtn}:hover,.${c.textBtn}:hover{background:rgba(0,0,0,.08)}
.${c.comments}{padding:0 16px 12px}
.${c.commentBox}{display:flex;gap:8px;align-items:flex-start;margin-top:8px}
.${c.commentField}{flex:1;min-width:0;border:1px solid rgba(140,140,140,.6);border-radius:20px;padding:2px 8px 2px 16px}
.${c.editorWrap}{position:relative}
.${c.editor}{outline:none;min-height:20px;max-height:240px;overflow:auto;padding:7px 0;white-space:pre-wrap;word-wrap:break-word}
.${c.editor} p{margin:0}
.${c.editor} p.is-editor-empty:first-child::before{content:attr(data-placeholder);float:left;height:0;pointer-events:none;color:rgba(0,0,0,.6)}
.${c.commentTools}{display:flex;justify-content:space-between;align-items:center;padding-bottom:4px}
.${c.commentButtons}{display:flex;justify-content:flex-end}
.${c.iconBtn}{display:inline-flex;align-items:center;justify-content:center;border:0;background:none;border-radius:50%;padding:6px;color:rgba(0,0,0,.6);cursor:pointer}
.${c.primaryBtn}{border:0;border-radius:16px;background:#0a66c2;color:#fff;font-weight:600;font-size:14px;font-family:inherit;padding:4px 12px;min-height:28px;cursor:pointer}
.${c.primaryBtn}:hover{background:#004182}
.${c.primaryBtn}:disabled{background:rgba(0,0,0,.08);color:rgba(0,0,0,.3);cursor:not-allowed}
.${c.comment}{display:flex;gap:8px;margin-top:12px}
.${c.commentMain}{flex:1;min-width:0}
.${c.bubble}{background:#f2f2f2;border-radius:0 8px 8px 8px;padding:8px 12px;white-space:pre-wrap}
.${c.bubble} b{display:block}
.${c.textBtn}{border:0;background:none;border-radius:4px;padding:2px 8px;font-weight:600;font-size:12px;font-family:inherit;color:rgba(0,0,0,.6);cursor:pointer}
.${c.status}{position:fixed;left:24px;bottom:24px;z-index:20;background:#1d2226;color:#fff;border-radius:8px;font-weight:600}
.${c.statusVisible}{padding:12px 16px}
.${c.dialog}{padding:0;border:0;outline:none;border-radius:8px;width:744px;max-width:calc(100vw - 32px);box-shadow:0 4px 16px rgba(0,0,0,.3);color:rgba(0,0,0,.9)}
.${c.dialog}::backdrop{background:rgba(0,0,0,.75)}
.${c.spinner}{display:flex;align-items:center;justify-content:center;height:320px;color:#0a66c2}
.${c.spinner} svg{animation:${c.spin} 1s linear infinite}
@keyframes ${c.spin}{to{transform:rotate(360deg)}}
.${c.dialogHead}{display:flex;align-items:center;justify-content:space-between;padding:16px 16px 8px 24px}
.${c.authorBtn}{display:flex;align-items:center;gap:12px;border:0;background:none;border-radius:8px;padding:8px;text-align:left;font-family:inherit;cursor:pointer}
.${c.authorBtn}:hover{background:rgba(0,0,0,.08)}
.${c.authorBtn} b{display:block;font-size:20px}
.${c.dialogBody}{padding:0 24px;min-height:240px}
.${c.shareEditor}{outline:none;min-height:240px;font-size:18px;white-space:pre-wrap;word-wrap:break-word}
.${c.shareEditor} p{margin:0}
.${c.shareEditor} p.is-editor-empty:first-child::before{content:attr(data-placeholder);float:left;height:0;pointer-events:none;color:rgba(0,0,0,.6)}
.${c.toolbar}{display:flex;gap:4px;padding:8px 20px}
.${c.footer}{display:flex;align-items:center;justify-content:flex-end;gap:8px;border-top:1px solid rgba(140,140,140,.2);padding:12px 24px}
.${c.footer} .${c.primaryBtn}{font-size:16px;padding:6px 16px;min-height:32px}
.${c.mention}{font-weight:600;color:#0a66c2}
.${c.thread}{margin-top:12px}
.${c.thread} > .${c.comment}{margin-top:0}
.${c.menu}{position:absolute;z-index:30;background:#fff;border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:8px 0;min-width:280px}
.${c.menuItem}{display:flex;gap:12px;align-items:flex-start;padding:10px 16px;cursor:pointer;outline:none}
.${c.menuItem}:hover,.${c.menuItem}:focus{background:rgba(0,0,0,.08)}
.${c.menuItem} span{display:block}
.${c.menuItem} span:first-child{font-weight:600}
.${c.menuNote}{font-size:12px;color:rgba(0,0,0,.6)}
.${c.postHead}{position:relative;flex-wrap:wrap;padding-right:48px}
.${c.postTime}{flex-basis:100%;padding-left:56px;margin-top:-20px}
.${c.postMenuBtn}{position:absolute;right:8px;top:8px}
.${c.actorLink}{color:inherit;text-decoration:none;display:block}
.${c.actorLink} p{margin:0}
.${c.actorName}{font-weight:600}
.${c.postText}{position:relative}
.${c.moreBtn}{position:absolute;right:16px;bottom:8px;border:0;background:#fff;padding:0 0 0 4px;font:inherit;color:rgba(0,0,0,.6);cursor:pointer}
.${c.postText}[data-clamped]{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.${c.attached}{margin:8px 0 16px;border:1px solid rgba(140,140,140,.4);border-radius:8px;padding:12px;font-size:14px}
.${c.attached} b{display:block}
.${c.attached} p{white-space:pre-wrap;margin:4px 0 0}
.${c.media}{position:relative;margin:8px 0 16px}
.${c.mediaImg}{display:block;max-width:100%;max-height:240px;border-radius:8px;background:#eef3f8}
.${c.media} .${c.iconBtn}{position:absolute;top:8px;right:8px;background:rgba(0,0,0,.6);color:#fff}
.${c.screenTitle}{margin:0;font-size:20px;font-weight:600}
.${c.field}{display:block;margin:12px 0}
.${c.fieldLabel}{display:block;font-size:14px;color:rgba(0,0,0,.6);margin-bottom:4px}
.${c.input}{box-sizing:border-box;width:100%;border:1px solid rgba(0,0,0,.6);border-radius:4px;padding:8px 12px;font:inherit}
.${c.textarea}{box-sizing:border-box;width:100%;min-height:72px;border:1px solid rgba(0,0,0,.6);border-radius:4px;padding:8px 12px;font:inherit;resize:vertical}
.${c.note}{font-size:12px;color:rgba(0,0,0,.6)}
.${c.scheduleInfo}{display:inline-flex;align-items:center;gap:6px;margin-right:auto;border:0;background:none;font:inherit;font-size:14px;color:rgba(0,0,0,.6);cursor:pointer;border-radius:4px;padding:4px 8px}
.${c.secondaryBtn}{border:1px solid #0a66c2;border-radius:16px;background:#fff;color:#0a66c2;font-weight:600;font-size:16px;font-family:inherit;padding:5px 16px;min-height:32px;cursor:pointer}
.${c.altPanel}{border-top:1px solid rgba(140,140,140,.2);margin-top:12px;padding-top:8px}
.${c.editBox}{flex:1;min-width:0}
.${c.editActions}{display:flex;justify-content:flex-end;gap:8px;margin-top:8px}
.${c.admin}{padding:16px}
.${c.adminHead}{display:flex;align-items:center;gap:12px}
.${c.adminHead} h1{font-size:20px;margin:0}
.${c.tabs}{display:flex;gap:16px;border-bottom:1px solid rgba(140,140,140,.2);margin:12px 0}
.${c.tab}{padding:8px 0;color:rgba(0,0,0,.6);font-weight:600;text-decoration:none}
.${c.tab}[aria-current]{color:#01754f;box-shadow:inset 0 -2px 0 #01754f}
.${c.launchBtn}{display:flex;align-items:center;width:100%;min-height:48px;padding:0 16px;border:1px solid rgba(140,140,140,.6);border-radius:35px;background:none;font:inherit;font-weight:600;color:rgba(0,0,0,.6);cursor:pointer}
.${c.page}{padding:16px}
.${c.page} h1{font-size:20px;margin:0 0 12px}
`;

/** The new messaging's stylesheet, inside #interop-outlet's shadow root (hashed classes of its own). */
const messagingRoles = ['app', 'list', 'convo', 'convoActive', 'thread', 'head', 'messages', 'message', 'from', 'form',
  'box', 'editor', 'actions', 'iconBtn', 'send'] as const;
const m = Object.fromEntries(messagingRoles.map((role) => [role, hash()])) as Record<(typeof messagingRoles)[number], string>;
export const mc = m;
export const MESSAGING_CSS = `
.${m.app}{position:fixed;top:77px;left:50%;transform:translateX(-50%);width:min(1128px,calc(100vw - 32px));height:calc(100vh - 101px);display:grid;grid-template-columns:320px 1fr;background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgba(140,140,140,.2);font:14px/1.43 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:rgba(0,0,0,.9);overflow:hidden}
.${m.list}{border-right:1px solid rgba(140,140,140,.2);margin:0;padding:0;list-style:none}
.${m.convo}{display:block;width:100%;text-align:left;border:0;background:none;padding:12px 16px;font:inherit;cursor:pointer}
.${m.convoActive}{background:#edf3f8;box-shadow:inset 3px 0 0 #01754f}
.${m.thread}{display:flex;flex-direction:column;min-height:0}
.${m.head}{padding:12px 16px;border-bottom:1px solid rgba(140,140,140,.2);font-weight:600}
.${m.messages}{flex:1;overflow:auto;margin:0;padding:12px 16px;list-style:none}
.${m.message}{margin-bottom:12px;white-space:pre-wrap}
.${m.from}{display:block;font-weight:600}
.${m.form}{border-top:1px solid rgba(140,140,140,.2);padding:8px 12px}
.${m.box}{background:#f4f2ee;border-radius:8px;padding:8px 12px;max-height:200px;overflow:auto}
.${m.editor}{outline:none;min-height:40px;white-space:pre-wrap;word-wrap:break-word}
.${m.editor} p{margin:0}
.${m.editor} p.is-editor-empty:first-child::before{content:attr(data-placeholder);float:left;height:0;pointer-events:none;color:rgba(0,0,0,.6)}
.${m.actions}{display:flex;justify-content:space-between;align-items:center;padding-top:8px}
.${m.iconBtn}{display:inline-flex;border:0;background:none;border-radius:50%;padding:6px;color:rgba(0,0,0,.6);cursor:pointer}
.${m.send}{border:0;border-radius:16px;background:#0a66c2;color:#fff;font-weight:600;font-size:14px;font-family:inherit;padding:4px 12px;min-height:28px;cursor:pointer}
.${m.send}:disabled{background:rgba(0,0,0,.08);color:rgba(0,0,0,.3);cursor:not-allowed}
`;
