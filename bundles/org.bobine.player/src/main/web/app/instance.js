// What the instance's configuration (GET /api/v1/config) tells the pages, read once at start; until then,
// or when it cannot be read, the pages work with the defaults below.
import * as api from './api.js';

export let instanceName = 'Bobine';
export let anonymousNsfwPolicy = 'do_not_list';
export let p2pWebapp = true;
export let p2pEmbed = true;
export let signupOpen = false;
// Whether imports by URL run here (an import plugin is enabled): PeerTube's import.videos.http.enabled.
export let importEnabled = false;
/** The days of views that order "Trending" (PeerTube's trending.videos.intervalDays). */
export let trendingDays = 2;
/** Whether /feeds/ answers (Bobine's feeds section: the feeds capability runs and is switched on). */
export let feedsEnabled = false;

/**
 * Reads the configuration and shows the instance's name in the header.
 * @return GET /api/v1/config's answer, or null when it could not be read
 */
export async function readConfig() {
  let config = null;
  try {
    config = await api.json('/api/v1/config');
    instanceName = config.instance.name;
    anonymousNsfwPolicy = config.instance.defaultNSFWPolicy || anonymousNsfwPolicy;
    trendingDays = ((config.trending || {}).videos || {}).intervalDays || trendingDays;
    p2pWebapp = config.defaults.p2p.webapp.enabled !== false;
    p2pEmbed = config.defaults.p2p.embed.enabled !== false;
    signupOpen = !!(config.signup && config.signup.allowed);
    importEnabled = !!(config.import && config.import.videos && config.import.videos.http && config.import.videos.http.enabled);
    feedsEnabled = !!(config.feeds && config.feeds.enabled);
    document.getElementById('instance-name').textContent = instanceName;
  } catch (e) {
    // the pages still work with the defaults
  }
  return config;
}
