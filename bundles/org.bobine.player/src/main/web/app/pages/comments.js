// The comments under a video (PeerTube's comment threads): the threads, newest first or with the most
// replies, each opened on demand with its replies; writing, replying, deleting and approving. Comments are
// Markdown without images or raw HTML: the instance removes HTML before storing them, the page renders a
// small safe subset.
import * as api from '../api.js';
import { h, errorBox } from '../dom.js';
import { t, formatDate, formatNumber } from '../i18n.js';

const ALLOWED = { ALLOWED_TAGS: ['a', 'em', 'strong', 'code', 'pre', 'p', 'br', 'ul', 'ol', 'li', 'blockquote'], ALLOWED_ATTR: ['href'] };

/** Mentions of this instance's accounts (@name, @name@this-host) become links to their pages. */
function mentions(text) {
  return text.replace(/(^|[\s(])@([A-Za-z0-9_][A-Za-z0-9_.-]{0,49})(?:@([A-Za-z0-9.:-]+))?/g, (all, before, name, host) => {
    const n = name.replace(/[.-]+$/, '');
    if (host && host !== location.host) return all;
    return before + '[@' + n + '](/a/' + encodeURIComponent(n) + ')' + name.slice(n.length);
  });
}

function render(text) {
  const div = h('div', { class: 'comment-text' });
  if (text && window.marked && window.DOMPurify) {
    div.innerHTML = window.DOMPurify.sanitize(window.marked.parse(mentions(text)), ALLOWED);
    div.querySelectorAll('a').forEach((a) => { a.rel = 'noopener noreferrer nofollow ugc'; });
  } else {
    div.textContent = text || '';
  }
  return div;
}

export async function commentSection(v) {
  const me = await api.currentUser();
  const base = '/api/v1/videos/' + encodeURIComponent(v.uuid);
  const owner = me && v.account && me.account && v.account.name === me.account.name;
  const moderator = me && (me.role.id === 0 || me.role.id === 1);
  const section = h('section', { class: 'comments', id: 'comments', 'aria-labelledby': 'comments-title' });
  const title = h('h2', { id: 'comments-title' }, t('comments.title'));
  const list = h('div', { class: 'comment-list', id: 'comment-list' });
  const sort = h('select', { id: 'comments-sort', 'aria-label': t('comments.sort') },
    new Option(t('comments.newest'), '-createdAt'), new Option(t('comments.mostReplies'), '-totalReplies'));
  const policy = (v.commentsPolicy || {}).id;
  if (policy === 2) {
    section.append(title, h('p', { class: 'meta', id: 'comments-disabled' }, t('comments.disabled')));
    return section;
  }

  const form = (placeholder, send, cancel) => {
    const area = h('textarea', { rows: 3, maxlength: 10000, required: true, 'aria-label': placeholder, placeholder });
    const error = h('p', { class: 'error', role: 'alert' });
    const submit = h('button', { class: 'primary', type: 'submit' }, t('comments.send'));
    const f = h('form', { class: 'stack comment-form' }, area, error,
      h('div', { class: 'row-actions' }, submit, cancel ? h('button', { type: 'button', onclick: cancel }, t('common.cancel')) : null));
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      error.textContent = '';
      submit.disabled = true;
      try {
        const r = await send(area.value);
        area.value = '';
        if (r.comment.heldForReview) error.textContent = t('comments.held');
      } catch (e) {
        error.textContent = e.message;
      } finally {
        submit.disabled = false;
      }
    });
    return f;
  };

  const item = (c, depth) => {
    const box = h('article', { class: 'comment' + (c.heldForReview ? ' held' : ''), id: 'comment-' + c.id, 'data-depth': depth });
    if (c.isDeleted) {
      box.append(h('p', { class: 'meta deleted' }, t('comments.deleted')));
    } else {
      box.append(h('p', { class: 'meta' },
        c.account ? h('a', { href: '/a/' + c.account.name }, c.account.displayName || c.account.name) : '?', ' · ',
        h('time', { datetime: c.createdAt }, formatDate(c.createdAt)), c.heldForReview ? ' · ' + t('comments.waiting') : ''),
      render(c.text));
    }
    const actions = h('div', { class: 'row-actions' });
    const replies = h('div', { class: 'replies' });
    if (me && !c.isDeleted && !c.heldForReview) {
      actions.append(h('button', { type: 'button', class: 'reply', onclick: () => {
        const f = form(t('comments.replyPlaceholder'), async (text) => {
          const r = await api.send(base + '/comments/' + c.id, 'POST', { text });
          f.remove();
          await openThread(c.threadId);
          return r;
        }, () => f.remove());
        box.insertBefore(f, replies);
      } }, t('comments.reply')));
    }
    if (me && !c.isDeleted && (owner || moderator || (c.account && me.account && c.account.name === me.account.name))) {
      actions.append(h('button', { type: 'button', class: 'delete', onclick: async () => {
        if (!confirm(t('comments.confirmDelete'))) return;
        await api.send(base + '/comments/' + c.id, 'DELETE');
        await load();
      } }, t('comments.delete')));
    }
    if (c.heldForReview && (owner || moderator)) {
      actions.append(h('button', { type: 'button', class: 'approve', onclick: async () => {
        await api.send(base + '/comments/' + c.id + '/approve', 'POST');
        await load();
      } }, t('comments.approve')));
    }
    if (depth === 0 && c.totalReplies > 0) {
      actions.append(h('button', { type: 'button', class: 'show-replies', onclick: () => openThread(c.id) },
        t('comments.showReplies', { count: formatNumber(c.totalReplies) })));
    }
    box.append(actions, replies);
    return box;
  };

  const tree = (node, depth) => {
    const el = item(node.comment, depth);
    const replies = el.querySelector('.replies');
    for (const child of node.children) replies.append(tree(child, depth + 1));
    return el;
  };

  async function openThread(threadId) {
    const thread = await api.json(base + '/comment-threads/' + threadId);
    const old = document.getElementById('comment-' + threadId);
    const fresh = tree(thread, 0);
    fresh.querySelector('.show-replies')?.remove();
    if (old) old.replaceWith(fresh);
  }

  async function load() {
    try {
      const threads = await api.json(base + '/comment-threads?count=50&sort=' + sort.value);
      title.textContent = t('comments.count', { count: formatNumber(threads.totalNotDeletedComments) });
      list.replaceChildren(...(threads.data.length ? threads.data.map((c) => item(c, 0)) : [h('p', { class: 'meta' }, t('comments.none'))]));
    } catch (e) {
      list.replaceChildren(errorBox(e));
    }
  }

  sort.addEventListener('change', load);
  const writer = me
    ? form(t('comments.placeholder'), async (text) => { const r = await api.send(base + '/comment-threads', 'POST', { text }); await load(); return r; })
    : h('p', {}, h('a', { href: '/login?next=' + encodeURIComponent(location.pathname) }, t('comments.login')));
  section.append(title, policy === 3 ? h('p', { class: 'meta' }, t('comments.moderated')) : null, writer,
    h('label', { class: 'meta' }, t('comments.sort'), ' ', sort), list);
  await load();
  return section;
}
