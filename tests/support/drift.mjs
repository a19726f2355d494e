// Markup drift, applied to the demo pages from the page's own world before they render (Playwright's
// addInitScript): the ways X and LinkedIn change their markup every few months. The pages' editors and
// handlers keep working; only the hooks PostPause might lean on change. A test fixture: it watches the page,
// as a site's own re-rendering would; PostPause itself never does.

/** Runs in the page. `variant` names what drifts; see DRIFTS. */
export function applyDrift(variant) {
  const RENAMES = {
    // X renames its test ids.
    'x-ids': { attr: 'data-testid', map: { tweetButtonInline: 'postButtonInline', tweetButton: 'postButton' }, prefix: ['tweetTextarea_', 'postTextarea_'] },
    // X drops them.
    'x-noids': { attr: 'data-testid', drop: /^(tweetButtonInline|tweetButton|tweetTextarea_\d+.*)$/ },
    // LinkedIn renames its BEM classes.
    'li-classes': { cls: { 'share-actions__primary-action': 'share-actions__primary-btn', 'comments-comment-box__submit-button--cr': 'comments-comment-box__post-btn', 'comments-comment-box__form': 'comments-comment-box__form-v2', 'comments-reply-box': 'comments-reply-box-v2' } },
    // LinkedIn drops them.
    'li-noclasses': { cls: { 'share-actions__primary-action': '', 'comments-comment-box__submit-button--cr': '', 'comments-comment-box__submit-button': '', 'comments-comment-box__form': '', 'comments-reply-box': '', 'comments-comment-box': '' } },
    // LinkedIn SDUI drops its component keys, screens and the editor wrapper's test id.
    'sdui-nokeys': { drop: ['componentkey', 'data-sdui-screen'], attr: 'data-testid', dropValue: /^ui-core-tiptap-text-editor-wrapper$/ },
    // LinkedIn wraps its buttons in two more elements.
    'li-wrap': { wrap: 'button.share-actions__primary-action, button[class*="comments-comment-box__submit"]' },
    // LinkedIn moves the comment button above the editor, still inside the form.
    'li-move': { move: 'form button[class*="comments-comment-box__submit"]' },
  };
  const rule = RENAMES[variant];
  const fix = (el) => {
    if (rule.attr && el.hasAttribute(rule.attr)) {
      const value = el.getAttribute(rule.attr);
      if (rule.map?.[value]) el.setAttribute(rule.attr, rule.map[value]);
      else if (rule.prefix && value.startsWith(rule.prefix[0])) el.setAttribute(rule.attr, rule.prefix[1] + value.slice(rule.prefix[0].length));
      else if (rule.drop?.test?.(value) || rule.dropValue?.test(value)) el.removeAttribute(rule.attr);
    }
    if (Array.isArray(rule.drop)) for (const name of rule.drop) el.removeAttribute(name);
    if (rule.cls) for (const [from, to] of Object.entries(rule.cls)) if (el.classList?.contains(from)) {
      if (to) el.classList.replace(from, to);
      else el.classList.remove(from);
    }
    if (rule.wrap && el.matches(rule.wrap) && !el.parentElement?.matches('span[data-drift]')) {
      const outer = document.createElement('div');
      const inner = document.createElement('span');
      inner.dataset.drift = '';
      el.replaceWith(outer);
      outer.append(inner);
      inner.append(el);
    }
    if (rule.move && el.matches(rule.move) && !('drifted' in el.dataset)) {
      el.dataset.drifted = '';
      el.closest('form')?.prepend(el);
    }
  };
  const sweep = (root) => {
    if (root.nodeType !== 1 && root.nodeType !== 11) return;
    if (root.nodeType === 1) fix(root);
    for (const el of root.querySelectorAll('*')) {
      fix(el);
      if (el.shadowRoot) watch(el.shadowRoot);
    }
  };
  const watch = (root) => {
    if (root.__drift) return;
    root.__drift = true;
    sweep(root);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') fix(r.target);
        for (const node of r.addedNodes) sweep(node);
      }
    }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-testid', 'componentkey', 'data-sdui-screen'] });
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    queueMicrotask(() => watch(shadow));
    return shadow;
  };
  watch(document);
}
