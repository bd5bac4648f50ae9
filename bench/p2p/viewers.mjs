// N headless viewers of one watch page, each a separate Chromium process (as separate people), joining one
// after the other and playing to the end; prints, per viewer and in all, the segment bytes that came from the
// instance and from other viewers (the player's own counters: peers' segments are counted once checked
// against segments-sha256.json).
// Usage: node viewers.mjs <watch URL> [viewers=4] [stagger seconds=5] [quality index=0]
import { chromium } from 'playwright-core';

const [url, n = '4', stagger = '5', quality = '0'] = process.argv.slice(2);
const args = ['--no-sandbox', '--mute-audio', '--autoplay-policy=no-user-gesture-required',
  '--allow-loopback-in-peer-connection', '--disable-features=WebRtcHideLocalIpsWithMdns'];
const sleep = (s) => new Promise((r) => setTimeout(r, s * 1000));

async function viewer(i) {
  await sleep(i * Number(stagger));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    // Everyone on one rendition: a swarm is one rendition, and ABR on a loaded 2-core machine would scatter them.
    await page.waitForSelector(`#quality option[value="${quality}"]`, { state: 'attached', timeout: 60000 });
    await page.selectOption('#quality', quality);
    await page.reload();
    await page.waitForFunction(() => window.bobinePlayer && window.bobineP2P, null, { timeout: 60000 });
    await page.evaluate(() => window.bobinePlayer.play());
    await page.waitForFunction(() => window.bobinePlayer.ended, null, { timeout: 0, polling: 1000 });
    await sleep(3); // let the others finish asking this viewer for what it has
    return await page.evaluate(() => ({ http: window.bobineP2P.http, p2p: window.bobineP2P.p2p }));
  } finally {
    await browser.close();
  }
}

const results = await Promise.all(Array.from({ length: Number(n) }, (_, i) => viewer(i)));
let http = 0;
let p2p = 0;
results.forEach((r, i) => {
  http += r.http;
  p2p += r.p2p;
  const share = r.http + r.p2p ? (100 * r.p2p) / (r.http + r.p2p) : 0;
  console.log(`viewer ${i + 1}: ${(r.http / 1e6).toFixed(2)} MB from the instance, ${(r.p2p / 1e6).toFixed(2)} MB from peers (${share.toFixed(1)} %)`);
});
console.log(`all viewers: ${(p2p / 1e6).toFixed(2)} of ${((http + p2p) / 1e6).toFixed(2)} MB from peers: ${((100 * p2p) / (http + p2p)).toFixed(1)} %`);
