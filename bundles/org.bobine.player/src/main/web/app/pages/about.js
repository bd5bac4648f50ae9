// What the instance tells about itself: the about page (written by its administrators) and the privacy page.
import * as api from '../api.js';
import { h, page, errorBox, markdown } from '../dom.js';
import { t, lang } from '../i18n.js';
import { signupOpen } from '../instance.js';

/** Who runs the instance and by which rules, as its administrators wrote them (PeerTube's about page). */
export async function aboutPage() {
  let about;
  try {
    about = (await api.json('/api/v1/config/about')).instance;
  } catch (e) {
    page(t('about.title'), errorBox(e));
    return;
  }
  const section = (key, text) => (text ? h('section', { class: 'about-' + key }, h('h2', {}, t('about.' + key)), markdown(text)) : null);
  const names = (codes) => codes.map((c) => new Intl.DisplayNames([lang], { type: 'language' }).of(c) || c).join(', ');
  page(t('about.titleOf', { name: about.name }),
    about.shortDescription ? h('p', { class: 'lead', id: 'about-short' }, about.shortDescription) : null,
    section('description', about.description),
    section('administrator', about.administrator),
    section('terms', about.terms),
    section('codeOfConduct', about.codeOfConduct),
    section('moderationInformation', about.moderationInformation),
    section('creationReason', about.creationReason),
    section('maintenanceLifetime', about.maintenanceLifetime),
    section('businessModel', about.businessModel),
    section('hardwareInformation', about.hardwareInformation),
    about.languages && about.languages.length ? h('p', {}, t('about.languages', { list: names(about.languages) })) : null,
    about.categories && about.categories.length
      ? h('p', { id: 'about-categories' }, t('about.categories', { list: about.categories.map((c) => t('category.' + c)).join(', ') })) : null,
    h('p', {}, signupOpen ? t('about.signupOpen') : t('about.signupClosed')));
}

/** What this instance keeps about the people who use it, in plain words. */
export function privacyPage() {
  page(t('privacy.title'), ...['viewers', 'browser', 'p2p', 'accounts', 'none'].map((k) => h('p', {}, t('privacy.' + k))));
}
