// Numbers and states as the pages show them, in the page's language.
import { t } from './i18n.js';

export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** A video state in this language (PeerTube's English label for states without a text here). */
export function stateLabel(state) {
  const key = 'state.' + state.id;
  const text = t(key);
  return text === key ? state.label : text;
}

/** PeerTube's states of an import by URL (VideoImportState) in this language; its label for a state unknown here. */
export function importState(state) {
  switch (state.id) {
    case 1: return t('import.pending');
    case 2: return t('import.success');
    case 3: return t('import.failed');
    case 4: return t('import.rejected');
    case 5: return t('import.cancelled');
    case 6: return t('import.processing');
    default: return state.label;
  }
}
