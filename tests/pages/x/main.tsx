/** @jsxImportSource react */
// A local copy of X's web compose surfaces: real draft-js 0.11.7 editors in React 18 (createRoot).
// Routes: /home, /compose/post (modal in #layers over home; its sub-routes /compose/post/media and
// /compose/post/schedule keep it open), /<user>/status/<id> (inline reply), /compose/articles/edit/<id>,
// /i/chat (XChat) and /i/grok. `?layout=mobile` renders the touch layout, `?account=verified` a verified account.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ArticleEditor } from './article.tsx';
import { Grok, XChat } from './chat.tsx';
import { InlineComposer, ModalComposer } from './composer.tsx';
import type { ModalSub } from './composer.tsx';
import { Avatar, Icon } from './icons.tsx';
import { MobileCompose, MobileInlineReply } from './mobile.tsx';
import { markReady } from '../common/record.ts';
import { navigate, onRouteChange, startAt } from '../common/router.ts';
import { onStatus } from '../common/status.ts';
import { ME, OWN_POSTS, POSTS, findPost, isReposted, mobile, publish, setReposted, t, usePosts } from './shared.ts';
import type { Post, RouteState } from './shared.ts';

startAt('/home');

type Kind = 'home' | 'compose' | 'status' | 'article' | 'chat' | 'grok';

interface Route {
  kind: Kind;
  state: RouteState | null;
  user: string;
  id: string;
  /** The compose modal's sub-route. */
  sub: ModalSub;
  /** Bumped each time the compose modal opens: its sub-routes keep the same one, so it keeps its draft. */
  session: number;
}

let session = 0;
let lastKind: Kind | null = null;
function readRoute(): Route {
  const path = location.pathname.replace(/\/+$/, '');
  const state = (history.state ?? null) as RouteState | null;
  const status = /^\/([^/]+)\/status\/(\d+)/.exec(path);
  const article = /^\/compose\/articles(?:\/edit\/([^/]+))?$/.exec(path);
  let route: Omit<Route, 'session'> = { kind: 'home', state, user: '', id: '', sub: null };
  if (path === '/compose/post' || path.startsWith('/compose/post/')) {
    const sub = path === '/compose/post/media' ? 'media' : path === '/compose/post/schedule' ? 'schedule' : null;
    route = { ...route, kind: 'compose', sub };
  } else if (article) route = { ...route, kind: 'article', id: article[1] ?? 'new' };
  else if (path === '/i/chat' || path.startsWith('/i/chat/')) route = { ...route, kind: 'chat' };
  else if (path === '/i/grok') route = { ...route, kind: 'grok' };
  else if (status) route = { ...route, kind: 'status', user: status[1] ?? '', id: status[2] ?? '' };
  if (route.kind === 'compose' && lastKind !== 'compose') session += 1;
  lastKind = route.kind;
  return { ...route, session };
}

function SideNav() {
  return (
    <header role="banner" className="sidenav">
      <nav aria-label="Primary" role="navigation">
        <a href="/home" aria-label="X" className="logo"><Icon name="logo" /></a>
        <a href="/home" data-testid="AppTabBar_Home_Link" aria-label={t.home} role="link" className="nav-link">
          <Icon name="home" /><span>{t.home}</span>
        </a>
        <a href="/i/grok" aria-label={t.grok} role="link" className="nav-link"><Icon name="grok" /><span>{t.grok}</span></a>
        <a href="/i/chat" data-testid="AppTabBar_DirectMessage_Link" aria-label={t.chat} role="link" className="nav-link">
          <Icon name="chat" /><span>{t.chat}</span>
        </a>
        <a href="/compose/articles" aria-label={t.articles} role="link" className="nav-link"><Icon name="article" /><span>{t.articles}</span></a>
        <a href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label={t.post} role="link" className="nav-post">
          <span><span>{t.post}</span></span>
        </a>
      </nav>
    </header>
  );
}

interface MenuProps {
  anchor: DOMRect;
  onClose(): void;
  children: unknown;
}

/** A dropdown in #layers, as X renders its menus. */
function Dropdown({ anchor, onClose, children }: MenuProps) {
  return createPortal(
    <div className="menu-layer" onClick={onClose}>
      <div role="menu" className="menu" data-testid="Dropdown" style={{ top: `${anchor.bottom + 4}px`, left: `${anchor.left}px` }}>
        {children as never}
      </div>
    </div>,
    layers,
  );
}

/**
 * The menu of a post's Repost button: "Repost" (retweetConfirm) reposts at once, or "Undo repost"
 * (unretweetConfirm) once reposted; "Quote" opens the compose modal with the post attached.
 */
function RepostMenu({ post, anchor, onClose }: { post: Post; anchor: DOMRect; onClose(): void }) {
  const reposted = isReposted(post.id);
  return (
    <Dropdown anchor={anchor} onClose={onClose}>
      {reposted ? (
        <div role="menuitem" tabIndex={0} data-testid="unretweetConfirm" onClick={() => setReposted(post.id, false)}>
          <Icon name="repost" /><span>{t.undoRepost}</span>
        </div>
      ) : (
        <div role="menuitem" tabIndex={0} data-testid="retweetConfirm" onClick={(event) => {
          publish({ surface: 'repost', texts: [], via: 'click', trusted: event.isTrusted, reposted: post.id });
          setReposted(post.id, true);
        }}>
          <Icon name="repost" /><span>{t.repost}</span>
        </div>
      )}
      <a href="/compose/post" role="menuitem" onClick={(event) => {
        event.preventDefault();
        onClose();
        navigate('/compose/post', { quotedStatus: post });
      }}>
        <Icon name="feather" /><span>{t.quote}</span>
      </a>
    </Dropdown>
  );
}

/** The "More" menu of one of the demo account's posts: "Edit post" while X still allows an edit. */
function PostMenu({ post, anchor, onClose }: { post: Post; anchor: DOMRect; onClose(): void }) {
  return (
    <Dropdown anchor={anchor} onClose={onClose}>
      {(post.editsLeft ?? 0) > 0 && (
        <div role="menuitem" tabIndex={0} onClick={() => navigate('/compose/post', { editTweetId: post.id })}>
          <Icon name="feather" /><span>{t.editPost}</span>
        </div>
      )}
      <div role="menuitem" tabIndex={0}><Icon name="more" /><span>Pin to your profile</span></div>
    </Dropdown>
  );
}

function PostArticle({ post, focused }: { post: Post; focused?: boolean }) {
  usePosts();
  const [menu, setMenu] = useState<{ kind: 'repost' | 'more'; anchor: DOMRect } | null>(null);
  const open = (kind: 'repost' | 'more') => (event: { currentTarget: HTMLElement }) =>
    setMenu({ kind, anchor: event.currentTarget.getBoundingClientRect() });
  const reposted = isReposted(post.id);
  const own = post.user === ME.user;
  return (
    <article data-testid="tweet" role="article" tabIndex={focused ? -1 : 0} className={focused ? 'post focused' : 'post'}>
      <Avatar user={post.user} />
      <div className="post-body">
        <div className="post-head">
          <div data-testid="User-Name">
            <b>{post.name}</b> <span className="muted">@{post.user} · </span>
            <a href={`/${post.user}/status/${post.id}`} className="muted"><time>{post.time}</time></a>
          </div>
          {own && (
            <button type="button" role="button" data-testid="caret" aria-label={t.more} aria-haspopup="menu" className="icon-button small"
              aria-expanded={menu?.kind === 'more' ? 'true' : 'false'} onClick={open('more')}>
              <Icon name="more" />
            </button>
          )}
        </div>
        <div data-testid="tweetText" lang="en" className={focused ? 'big' : undefined}>{post.text}</div>
        {post.editedAt && <div className="muted small">{t.lastEdited} {post.editedAt}</div>}
        <div role="group" className="actions">
          <button type="button" role="button" data-testid="reply" aria-label={t.reply}
            onClick={() => navigate('/compose/post', { inReplyToStatusId: post.id })}>
            <Icon name="reply" />
          </button>
          <button type="button" role="button" data-testid={reposted ? 'unretweet' : 'retweet'} aria-label={reposted ? t.reposted : t.repost}
            aria-haspopup="menu" aria-expanded={menu?.kind === 'repost' ? 'true' : 'false'} className={reposted ? 'reposted' : undefined}
            onClick={open('repost')}>
            <Icon name="repost" />
          </button>
          <button type="button" role="button" data-testid="like" aria-label={t.like}><Icon name="like" /></button>
        </div>
      </div>
      {menu?.kind === 'repost' && <RepostMenu post={post} anchor={menu.anchor} onClose={() => setMenu(null)} />}
      {menu?.kind === 'more' && <PostMenu post={post} anchor={menu.anchor} onClose={() => setMenu(null)} />}
    </article>
  );
}

function Home() {
  return (
    <>
      <div className="column-header"><h2>{t.home}</h2></div>
      {/* Guess: the touch layout has no inline composer on the home timeline, only the compose button. */}
      {mobile ? (
        <a href="/compose/post" aria-label={t.post} role="link" className="fab"><Icon name="feather" /></a>
      ) : (
        <InlineComposer surface="home" />
      )}
      <section role="region" aria-label="Timeline: Your Home Timeline" className="timeline">
        {[...POSTS, ...OWN_POSTS].map((post) => (
          <div data-testid="cellInnerDiv" key={post.id}><PostArticle post={post} /></div>
        ))}
      </section>
    </>
  );
}

function Conversation({ user, id }: { user: string; id: string }) {
  const post = findPost(id, user);
  return (
    <>
      <div className="column-header">
        <a href="/home" aria-label={t.back} className="icon-button" data-testid="app-bar-back"><Icon name="back" /></a>
        <h2>{t.postHeader}</h2>
      </div>
      <section role="region" aria-label="Timeline: Conversation" className="timeline">
        <div data-testid="cellInnerDiv"><PostArticle post={post} focused /></div>
        <div data-testid="cellInnerDiv">
          {mobile ? <MobileInlineReply replyTo={post} /> : <InlineComposer surface="inline-reply" replyTo={post} />}
        </div>
      </section>
    </>
  );
}

function ComposeModal({ state, sub }: { state: RouteState | null; sub: ModalSub }) {
  // The route state as the modal opened; its sub-routes carry it along.
  const [opened] = useState(state);
  const close = () => navigate('/home');
  const replyTo = opened?.inReplyToStatusId ? findPost(opened.inReplyToStatusId) : undefined;
  const edit = opened?.editTweetId ? OWN_POSTS.find((p) => p.id === opened.editTweetId) : undefined;
  const quoted = opened?.quotedStatus && !replyTo ? opened.quotedStatus : undefined;
  const onSub = (next: ModalSub) => navigate(next ? `/compose/post/${next}` : '/compose/post', opened);
  return createPortal(
    <div className="layer">
      <div className="mask" onClick={close} />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="dialog">
        <div className="dialog-head">
          <button type="button" role="button" data-testid="app-bar-close" aria-label={t.close} className="icon-button" onClick={close}>
            <Icon name="close" />
          </button>
          <h2 id="modal-header" className="visually-hidden">{edit ? t.editPost : t.compose}</h2>
        </div>
        <ModalComposer replyTo={replyTo} quoted={quoted} edit={edit} sub={sub} onSub={onSub} onDone={close} />
      </div>
    </div>,
    layers,
  );
}

function StatusLine() {
  const [text, setText] = useState('');
  useEffect(() => onStatus(setText), []);
  return text ? <div role="status" aria-live="polite" data-testid="toast" className="toast">{text}</div> : null;
}

const TITLES: Record<Kind, () => string> = {
  home: () => t.home, compose: () => t.compose, status: () => t.postHeader, article: () => t.articles, chat: () => t.chat, grok: () => t.grok,
};

function Primary({ route }: { route: Route }) {
  switch (route.kind) {
    case 'status':
      return <Conversation key={route.id} user={route.user} id={route.id} />;
    case 'article':
      return <ArticleEditor key={route.id} id={route.id} />;
    case 'chat':
      return <XChat />;
    case 'grok':
      return <Grok />;
    case 'compose':
      // The touch layout's compose page replaces the column; the desktop modal opens over the home page.
      return mobile ? <MobileCompose key={route.session} onDone={() => navigate('/home')} /> : <Home />;
    default:
      return <Home />;
  }
}

function App() {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => onRouteChange(() => setRoute(readRoute())), []);
  useEffect(() => {
    document.title = `${TITLES[route.kind]()} / X`;
  }, [route]);
  useEffect(markReady, []);
  return (
    <div className={mobile ? 'app mobile' : 'app'}>
      {!mobile && <SideNav />}
      <main role="main" className="main">
        <div data-testid="primaryColumn" className="primary">
          <Primary route={route} />
        </div>
      </main>
      <StatusLine />
      {route.kind === 'compose' && !mobile && <ComposeModal key={route.session} state={route.state} sub={route.sub} />}
    </div>
  );
}

const layers = document.getElementById('layers') as HTMLElement;
createRoot(document.getElementById('react-root') as HTMLElement).render(<App />);
