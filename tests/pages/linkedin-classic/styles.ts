// All CSS of the LinkedIn classic page, inline (no requests). It goes into <head> and, with ?style=shadow,
// also into #interop-outlet's shadow root, where the share modal and its Quill editor render.

/** The rules of quill 1.3.7's dist/quill.core.css that this page needs (lists included: Quill autoformats "- "). */
const quillCore = `
.ql-container{box-sizing:border-box;font-family:Helvetica,Arial,sans-serif;font-size:13px;height:100%;margin:0;position:relative}
.ql-clipboard{left:-100000px;height:1px;overflow-y:hidden;position:absolute;top:50%}
.ql-clipboard p{margin:0;padding:0}
.ql-editor{box-sizing:border-box;line-height:1.42;height:100%;outline:none;overflow-y:auto;padding:12px 15px;tab-size:4;-moz-tab-size:4;text-align:left;white-space:pre-wrap;word-wrap:break-word}
.ql-editor>*{cursor:text}
.ql-editor p,.ql-editor ol,.ql-editor ul,.ql-editor pre,.ql-editor blockquote,.ql-editor h1,.ql-editor h2,.ql-editor h3,.ql-editor h4,.ql-editor h5,.ql-editor h6{margin:0;padding:0;counter-reset:list-1 list-2 list-3 list-4 list-5 list-6 list-7 list-8 list-9}
.ql-editor ol,.ql-editor ul{padding-left:1.5em}
.ql-editor ol>li,.ql-editor ul>li{list-style-type:none}
.ql-editor ul>li::before{content:'\\2022'}
.ql-editor li::before{display:inline-block;white-space:nowrap;width:1.2em}
.ql-editor li:not(.ql-direction-rtl)::before{margin-left:-1.5em;margin-right:.3em;text-align:right}
.ql-editor ol li:not(.ql-direction-rtl),.ql-editor ul li:not(.ql-direction-rtl){padding-left:1.5em}
.ql-editor ol li{counter-reset:list-1 list-2 list-3 list-4 list-5 list-6 list-7 list-8 list-9;counter-increment:list-0}
.ql-editor ol li:before{content:counter(list-0,decimal) '. '}
.ql-editor.ql-blank::before{color:rgba(0,0,0,0.6);content:attr(data-placeholder);font-style:italic;left:15px;pointer-events:none;position:absolute;right:15px}
`;

/** LinkedIn's artdeco look, reduced to what the demo renders. */
const artdeco = `
:host,body{--blue:#0a66c2;--blue-dark:#004182;--text:rgba(0,0,0,.9);--muted:rgba(0,0,0,.6);--line:rgba(140,140,140,.2)}
body{margin:0;background:#f4f2ee;color:var(--text);font:14px/1.43 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.artdeco-card{background:#fff;border-radius:8px;box-shadow:0 0 0 1px var(--line);margin-bottom:8px}
.artdeco-button{display:inline-flex;align-items:center;justify-content:center;gap:4px;border:0;border-radius:24px;font-weight:600;font-size:16px;line-height:20px;font-family:inherit;cursor:pointer;padding:6px 16px;min-height:32px;background:transparent;color:var(--muted)}
.artdeco-button--1{font-size:14px;min-height:24px;padding:2px 12px}
.artdeco-button--primary{background:var(--blue);color:#fff}
.artdeco-button--primary:hover{background:var(--blue-dark)}
.artdeco-button--primary:disabled{background:rgba(0,0,0,.08);color:rgba(0,0,0,.3);cursor:not-allowed}
.artdeco-button--tertiary:hover,.artdeco-button--muted:hover{background:rgba(0,0,0,.08)}
.artdeco-button--circle{border-radius:50%;padding:8px;min-height:0}
.ivm-view-attr__img-wrapper{flex:none;border-radius:50%;overflow:hidden}
.ivm-view-attr__img-wrapper svg{display:block}
.ql-editor.ql-blank::before{font-style:normal}
.artdeco-toasts_toasts{position:fixed;left:24px;bottom:24px;z-index:2000;background:#1d2226;color:#fff;border-radius:8px;padding:0 16px;font-weight:600}
.artdeco-toasts_toasts--visible{padding:12px 16px}
`;

/** The share modal ("Create a post"). */
const modal = `
.artdeco-modal-overlay{position:fixed;inset:0;z-index:1000;background:rgba(0,0,0,.75);display:flex;align-items:flex-start;justify-content:center;padding-top:48px;font:14px/1.43 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:rgba(0,0,0,.9)}
.artdeco-modal{position:relative;background:#fff;border-radius:8px;width:744px;max-width:calc(100vw - 32px);max-height:calc(100vh - 96px);display:flex;flex-direction:column;box-shadow:0 4px 16px rgba(0,0,0,.3)}
.artdeco-modal__dismiss{position:absolute;top:12px;right:12px}
.artdeco-modal__header{padding:20px 56px 8px 24px}
.share-box-v2__modal-header{display:flex;align-items:center;gap:12px;margin:0;font-size:20px;font-weight:600}
.share-box-v2__modal-header small{display:block;font-size:14px;font-weight:400;color:rgba(0,0,0,.6)}
.artdeco-modal__content{overflow:auto;flex:1}
.share-creation-state__text-editor{min-height:200px;font-size:18px}
.share-creation-state__text-editor .ql-container{font:inherit;min-height:200px}
.share-creation-state__text-editor .ql-editor{padding:12px 24px;min-height:200px}
.share-creation-state__text-editor .ql-editor.ql-blank::before{left:24px;right:24px}
.share-creation-state__additional-content{margin:0 24px 16px;border:1px solid rgba(140,140,140,.4);border-radius:8px;padding:12px;font-size:14px}
.share-creation-state__additional-content b{display:block}
.share-creation-state__additional-content div{white-space:pre-wrap}
.share-creation-state__footer{display:flex;align-items:center;justify-content:space-between;border-top:1px solid rgba(140,140,140,.2);padding:12px 24px}
.share-creation-state__footer .share-box-footer__tools{display:flex;gap:4px}
.share-images-v2__container{position:relative;margin:0 24px 16px}
.share-images-v2__container:empty{display:none}
.share-images-v2__image,.media-editor__image{display:block;max-width:100%;max-height:240px;border-radius:8px;background:#eef3f8}
.share-images-v2__remove{position:absolute;top:8px;right:8px;background:rgba(0,0,0,.6);color:#fff}
.share-box-v2__media-editor{padding:12px 24px}
.media-editor-alt-text textarea{width:100%;box-sizing:border-box;font:inherit}
.share-box-v2__compose-step[hidden]{display:none}
`;

/** Nav, rails, posts and comments. */
const page = `
.global-nav{position:sticky;top:0;z-index:100;background:#fff;border-bottom:1px solid var(--line)}
.global-nav__content{max-width:1128px;margin:0 auto;display:flex;align-items:center;gap:24px;height:52px;padding:0 16px}
.global-nav__logo{width:34px;height:34px;border-radius:4px;background:var(--blue);color:#fff;font:700 22px/34px Arial,sans-serif;text-align:center}
.global-nav__primary-items{display:flex;gap:8px;margin:0;padding:0;list-style:none}
.global-nav__primary-link{display:flex;flex-direction:column;align-items:center;font-size:12px;color:var(--muted);text-decoration:none;padding:0 12px}
.global-nav__primary-link--active{color:var(--text);box-shadow:inset 0 -2px 0 var(--text)}
.scaffold-layout__inner{max-width:1128px;margin:24px auto;display:grid;grid-template-columns:225px 555px;gap:24px;padding:0 16px;justify-content:center}
.scaffold-layout__inner--single{grid-template-columns:555px}
.profile-card{padding:16px;text-align:center}
.profile-card .ivm-view-attr__img-wrapper{margin:0 auto 8px}
.profile-card__name{font-weight:600;font-size:16px}
.profile-card__headline{font-size:12px;color:var(--muted)}
.share-box-feed-entry__top-bar{display:flex;align-items:center;gap:8px;padding:12px 16px}
.share-box-feed-entry__trigger{flex:1;justify-content:flex-start;border:1px solid rgba(140,140,140,.6);font-size:14px;min-height:48px;padding:0 16px;text-align:left}
.share-box-feed-entry__trigger:hover{background:rgba(0,0,0,.08)}
.share-box-feed-entry-toolbar{display:flex;padding:0 16px 8px 72px}
.share-box-feed-entry-toolbar__item{font-size:14px;text-decoration:none;border-radius:4px}
.update-components-actor{display:flex;gap:8px;padding:12px 16px 0}
.update-components-actor__title{font-weight:600}
.update-components-actor__description,.update-components-actor__sub-description{display:block;font-size:12px;color:var(--muted);text-decoration:none}
a.update-components-actor__sub-description:hover{text-decoration:underline;color:var(--blue)}
.feed-shared-update-v2__description{padding:8px 16px;white-space:pre-wrap}
.social-details-social-counts{margin:0 16px;padding:8px 0;border-bottom:1px solid var(--line);font-size:12px;color:var(--muted)}
.feed-shared-social-action-bar{display:flex;justify-content:space-around;padding:4px 8px;position:relative}
.feed-shared-social-action-bar .artdeco-button{border-radius:4px;font-size:14px;padding:10px 8px}
.social-reshare-button__menu{position:absolute;right:64px;top:44px;z-index:10;background:#fff;border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:8px 0;min-width:260px}
.social-reshare-button__menu [role=menuitem]{display:block;width:100%;text-align:left;border:0;background:none;padding:10px 16px;font-weight:600;font-size:14px;font-family:inherit;cursor:pointer}
.social-reshare-button__menu [role=menuitem]:hover{background:rgba(0,0,0,.08)}
.feed-shared-update-v2__comments-container{padding:0 16px 12px}
.comments-comment-box{display:flex;gap:8px;align-items:flex-start;margin-top:8px}
.comments-comment-box__form{flex:1;min-width:0;border:1px solid rgba(140,140,140,.6);border-radius:20px;overflow:hidden}
.comments-comment-texteditor .ql-container{font:inherit}
.comments-comment-texteditor .ql-editor{padding:9px 16px;min-height:38px;max-height:240px}
.comments-comment-texteditor .ql-editor.ql-blank::before{left:16px}
.comments-comment-box__button-group{display:flex;justify-content:flex-end;padding:0 8px 8px}
.comments-comment-entity{display:flex;gap:8px;margin-top:12px}
.comments-comment-entity .comments-comment-item__main-content{background:#f2f2f2;border-radius:0 8px 8px 8px;padding:8px 12px;white-space:pre-wrap}
.comments-comment-entity__body{flex:1;min-width:0}
.comments-comment-meta__description-title{display:block;font-weight:600}
.comments-comment-social-bar__action{font-size:12px;font-weight:600;padding:2px 8px;min-height:0;border-radius:4px}
.comments-reply-box{margin-left:8px}
.mn-network-page{padding:16px}
.scaffold-layout__inner--single{grid-template-columns:744px}
.scaffold-layout__inner--single .scaffold-layout__sidebar{display:none}
.update-components-actor{position:relative}
.feed-shared-control-menu{position:absolute;right:8px;top:8px}
.feed-shared-control-menu__content,.comment-options-dropdown__content{position:absolute;right:0;top:36px;z-index:10;background:#fff;border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:8px 0;min-width:240px}
.comments-comment-entity{position:relative}
.comment-options-trigger{position:absolute;right:0;top:0}
.comment-options-dropdown__content{top:32px}
.artdeco-dropdown__item{display:block;width:100%;text-align:left;border:0;background:none;padding:10px 16px;font-size:14px;font-family:inherit;cursor:pointer}
.artdeco-dropdown__item:hover{background:rgba(0,0,0,.08)}
.artdeco-dropdown__item-title{display:block;font-weight:600}
.artdeco-dropdown__item-note{display:block;font-size:12px;color:var(--muted)}
.feed-shared-inline-show-more-text{padding:8px 16px;position:relative}
.feed-shared-inline-show-more-text--3-lines .update-components-text{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.update-components-text{white-space:pre-wrap}
.see-more{border:0;background:none;padding:0;font:inherit;color:var(--muted);cursor:pointer}
.comments-comment-item__edit-box{margin-top:4px}
.comments-comment-box__cancel-button{margin-right:8px}
.msg-thread-page{display:grid;grid-template-columns:200px 1fr;min-height:480px}
.msg-conversations-container__conversations-list{margin:0;padding:0;border-right:1px solid var(--line)}
.msg-conversation-listitem__link{display:block;padding:12px 16px;color:inherit;text-decoration:none}
.msg-conversations-container__convo-item--active{background:#edf3f8}
.msg-convo-wrapper{display:flex;flex-direction:column;padding:12px 16px}
.msg-entity-lockup__entity-title{font-size:16px;margin:0 0 8px}
.msg-s-message-list-content{flex:1;margin:0;padding:0}
.msg-s-event-listitem{display:flex;gap:8px;margin-bottom:12px}
.msg-s-message-group__name{font-weight:600}
.msg-s-event-listitem__body{margin:0;white-space:pre-wrap}
.msg-form{border:1px solid var(--line);border-radius:8px}
.msg-form__contenteditable{min-height:60px;padding:8px 12px;outline:none}
.msg-form__contenteditable p{margin:0}
.msg-form__footer{display:flex;justify-content:space-between;align-items:center;padding:4px 8px;border-top:1px solid var(--line)}
.msg-form__right-actions{display:flex;align-items:center}
.msg-form__send-button{background:var(--blue);color:#fff}
.msg-form__send-button:disabled{background:rgba(0,0,0,.08);color:rgba(0,0,0,.3)}
.article-editor{padding:16px 24px}
.article-editor-nav{display:flex;align-items:center;gap:8px;border-bottom:1px solid var(--line);padding-bottom:12px}
.article-editor-nav__author{flex:1;color:var(--muted)}
.article-editor-headline__textarea{width:100%;box-sizing:border-box;border:0;outline:none;resize:none;font:600 32px/1.25 inherit;margin:24px 0 8px}
.article-editor-content .ql-editor{min-height:320px;padding:0;font-size:18px}
.article-editor-content .ql-editor.ql-blank::before{left:0}

.mn-network-page h1{font-size:20px;margin:0 0 12px}
.mn-network-page li{padding:8px 0;border-bottom:1px solid var(--line);list-style:none}
`;

export const DOCUMENT_CSS = quillCore + artdeco + page + modal;
export const MODAL_CSS = quillCore + artdeco + modal;
