// nsfw-filter: blurs the thumbnails of sensitive videos in the web front end.
//
// On start, the page body gets the class "bobine-nsfw-blur" when this viewer should see sensitive videos
// blurred: an anonymous visitor when the instance policy (the plugin's public "policy" setting) is "blur",
// a logged-in user when their own nsfwPolicy is "blur", whatever the instance policy. nsfw-filter.css does
// the blurring for thumbnails whose container the front end marks with data-nsfw="true".

const BLUR_CLASS = 'bobine-nsfw-blur'
const DEFAULT_POLICY = 'blur'

export default function register ({ registerHook, peertubeHelpers }) {
  registerHook({
    target: 'action:application.init',
    handler: async () => {
      const blur = await shouldBlur(peertubeHelpers)
      document.body.classList.toggle(BLUR_CLASS, blur)
    }
  })
}

/**
 * @param peertubeHelpers the helpers the front end gives plugins
 * @param fetchFn         fetch, replaceable in tests
 * @returns {Promise<boolean>} whether sensitive thumbnails are to be blurred for this viewer
 */
export async function shouldBlur (peertubeHelpers, fetchFn = globalThis.fetch) {
  const [settings, user] = await Promise.all([readSettings(peertubeHelpers), currentUser(peertubeHelpers, fetchFn)])
  if (user) {
    return user.nsfwPolicy === 'blur'
  }
  return (settings.policy || DEFAULT_POLICY) === 'blur'
}

async function readSettings (peertubeHelpers) {
  try {
    return (await peertubeHelpers.getSettings()) || {}
  } catch (e) {
    // The declared default applies until the settings can be read.
    return {}
  }
}

// The logged-in user, or null for an anonymous visitor. A token the API refuses (expired, revoked) makes the
// visitor anonymous to the server too, so the instance policy is what applies to them.
async function currentUser (peertubeHelpers, fetchFn) {
  const headers = peertubeHelpers.getAuthHeader()
  if (!headers) {
    return null
  }
  try {
    const res = await fetchFn('/api/v1/users/me', { headers })
    return res.ok ? await res.json() : null
  } catch (e) {
    return null
  }
}
