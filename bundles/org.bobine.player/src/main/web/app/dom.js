// The pages' DOM helpers: elements are built with h() and textContent; the only HTML from users
// (descriptions, Markdown) goes through DOMPurify. page() shows a page in the <main> element.
import { instanceName } from './instance.js';

/** The <main> element every page fills. */
export const content = document.getElementById('content');

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export function markdown(text) {
  const div = h('div', { class: 'description' });
  if (text && window.marked && window.DOMPurify) {
    div.innerHTML = window.DOMPurify.sanitize(window.marked.parse(text), { USE_PROFILES: { html: true } });
    div.querySelectorAll('a').forEach((a) => { a.rel = 'noopener noreferrer nofollow'; });
  } else if (text) {
    div.textContent = text;
  }
  return div;
}

export function page(title, ...children) {
  document.title = title + ' - ' + instanceName;
  content.replaceChildren(h('h1', {}, title), ...children.filter((c) => c != null && c !== false));
  content.focus({ preventScroll: true });
}

export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, e.message || String(e));
}
