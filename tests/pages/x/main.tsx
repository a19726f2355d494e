/** @jsxImportSource react */
// A local copy of X's web compose surfaces: real draft-js 0.11.7 editors in React 18 (createRoot).
// Routes: /home, /compose/post (modal in #layers over home), /<user>/status/<id> (inline reply).
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { InlineComposer, ModalComposer } from './composer.tsx';
import { Avatar, Icon } from './icons.tsx';
import { markReady } from '../common/record.ts';
import { navigate, onRouteChange, startAt } from '../common/router.ts';
import { onStatus } from '../common/status.ts';
import { POSTS, findPost, t } from './shared.ts';
import type { Post, RouteState } from './shared.ts';

startAt('/home');

interface Route {
  kind: 'home' | 'compose' | 'status';
  state: RouteState | null;
  user: string;
  id: string;
  serial: number;
}

let serial = 0;
function readRoute(): Route {
  const path = location.pathname.replace(/\/+$/, '');
  const state = (history.state ?? null) as RouteState | null;
  const status = /^\/([^/]+)\/status\/(\d+)/.exec(path);
  serial += 1;
  if (path === '/compose/post' || path.startsWith('/compose/post/')) return { kind: 'compose', state, user: '', id: '', serial };
  if (status) return { kind: 'status', state, user: status[1] ?? '', id: status[2] ?? '', serial };
  return { kind: 'home', state, user: '', id: '', serial };
}

function SideNav() {
  return (
    <header role="banner" className="sidenav">
      <nav aria-label="Primary" role="navigation">
        <a href="/home" aria-label="X" className="logo"><Icon name="logo" /></a>
        <a href="/home" data-testid="AppTabBar_Home_Link" aria-label={t.home} role="link" className="nav-link">
          <Icon name="home" /><span>{t.home}</span>
        </a>
        <a href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label={t.post} role="link" className="nav-post">
          <span><span>{t.post}</span></span>
        </a>
      </nav>
    </header>
  );
}

function RepostMenu({ post, anchor, onClose }: { post: Post; anchor: DOMRect; onClose(): void }) {
  return createPortal(
    <div className="menu-layer" onClick={onClose}>
      <div role="menu" className="menu" data-testid="Dropdown" style={{ top: `${anchor.bottom + 4}px`, left: `${anchor.left}px` }}>
        <div role="menuitem" tabIndex={0} data-testid="retweetConfirm" onClick={onClose}>
          <Icon name="repost" /><span>{t.repost}</span>
        </div>
        <a href="/compose/post" role="menuitem" onClick={(event) => {
          event.preventDefault();
          onClose();
          navigate('/compose/post', { quotedStatus: post });
        }}>
          <Icon name="feather" /><span>{t.quote}</span>
        </a>
      </div>
    </div>,
    layers,
  );
}

function PostArticle({ post, focused }: { post: Post; focused?: boolean }) {
  const [menuAnchor, setMenuAnchor] = useState<DOMRect | null>(null);
  return (
    <article data-testid="tweet" role="article" tabIndex={focused ? -1 : 0} className={focused ? 'post focused' : 'post'}>
      <Avatar user={post.user} />
      <div className="post-body">
        <div data-testid="User-Name">
          <b>{post.name}</b> <span className="muted">@{post.user} · </span>
          <a href={`/${post.user}/status/${post.id}`} className="muted"><time>{post.time}</time></a>
        </div>
        <div data-testid="tweetText" lang="en" className={focused ? 'big' : undefined}>{post.text}</div>
        <div role="group" className="actions">
          <button type="button" role="button" data-testid="reply" aria-label={t.reply}
            onClick={() => navigate('/compose/post', { inReplyToStatusId: post.id })}>
            <Icon name="reply" />
          </button>
          <button type="button" role="button" data-testid="retweet" aria-label={t.repost} aria-haspopup="menu"
            aria-expanded={menuAnchor ? 'true' : 'false'}
            onClick={(event) => setMenuAnchor((event.currentTarget as HTMLElement).getBoundingClientRect())}>
            <Icon name="repost" />
          </button>
          <button type="button" role="button" data-testid="like" aria-label={t.like}><Icon name="like" /></button>
        </div>
      </div>
      {menuAnchor && <RepostMenu post={post} anchor={menuAnchor} onClose={() => setMenuAnchor(null)} />}
    </article>
  );
}

function Home() {
  return (
    <>
      <div className="column-header"><h2>{t.home}</h2></div>
      <InlineComposer surface="home" />
      <section role="region" aria-label="Timeline: Your Home Timeline" className="timeline">
        {POSTS.map((post) => (
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
        <div data-testid="cellInnerDiv"><InlineComposer surface="inline-reply" replyTo={post} /></div>
      </section>
    </>
  );
}

function ComposeModal({ state }: { state: RouteState | null }) {
  const close = () => navigate('/home');
  const replyTo = state?.inReplyToStatusId ? findPost(state.inReplyToStatusId) : undefined;
  const quoted = state?.quotedStatus && !replyTo ? state.quotedStatus : undefined;
  return createPortal(
    <div className="layer">
      <div className="mask" onClick={close} />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="dialog">
        <div className="dialog-head">
          <button type="button" role="button" data-testid="app-bar-close" aria-label={t.close} className="icon-button" onClick={close}>
            <Icon name="close" />
          </button>
          <h2 id="modal-header" className="visually-hidden">{t.compose}</h2>
        </div>
        <ModalComposer replyTo={replyTo} quoted={quoted} onDone={close} />
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

function App() {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => onRouteChange(() => setRoute(readRoute())), []);
  useEffect(() => {
    document.title = route.kind === 'status' ? `${t.postHeader} / X` : route.kind === 'compose' ? `${t.compose} / X` : `${t.home} / X`;
  }, [route]);
  useEffect(markReady, []);
  return (
    <div className="app">
      <SideNav />
      <main role="main" className="main">
        <div data-testid="primaryColumn" className="primary">
          {route.kind === 'status' ? <Conversation key={route.id} user={route.user} id={route.id} /> : <Home />}
        </div>
      </main>
      <StatusLine />
      {route.kind === 'compose' && <ComposeModal key={route.serial} state={route.state} />}
    </div>
  );
}

const layers = document.getElementById('layers') as HTMLElement;
createRoot(document.getElementById('react-root') as HTMLElement).render(<App />);
