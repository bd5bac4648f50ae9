// The pages' language: the server chose it (the viewer's choice kept in the bobine-lang cookie, else the
// browser's Accept-Language, else the instance's default) and wrote it in <html lang>. Texts come from
// i18n/<lang>.json; dates and numbers are formatted by the browser for that language. Adding a language is
// adding one file there (see the README).

export const lang = document.documentElement.lang || 'en';
/** Code → the language's own name, for the switch; filled by load() from i18n/index.json. */
export const languages = {};
let texts = {};

/** Loads this page's texts and translates the static parts of the shell (data-i18n attributes). */
export async function load() {
  try {
    const [r, index] = await Promise.all([fetch(`/client/i18n/${lang}.json`), fetch('/client/i18n/index.json')]);
    texts = r.ok ? await r.json() : {};
    for (const code of index.ok ? await index.json() : [lang]) {
      languages[code] = new Intl.DisplayNames([code], { type: 'language' }).of(code) || code;
    }
  } catch (e) {
    texts = {};
  }
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-aria-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)); });
}

/** The text of a key with its {placeholders} filled; the key itself when it is missing (the build checks none is). */
export function t(key, values = {}) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

const dates = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' });
const numbers = new Intl.NumberFormat(lang);

/** @return a date as this language writes it */
export function formatDate(iso) {
  return iso ? dates.format(new Date(iso)) : '';
}

/** @return a number as this language writes it (1,234 or 1 234) */
export function formatNumber(n) {
  return numbers.format(n ?? 0);
}

/** Remembers the viewer's language in a cookie (read by the server, no tracking) and reloads the page. */
export function choose(code) {
  document.cookie = `bobine-lang=${code}; path=/; max-age=31536000; SameSite=Lax`;
  location.reload();
}
