// Tests of client/nsfw-filter.js with node's own test runner (no dependencies): node --test src/test/js/
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'

const source = await readFile(new URL('../../main/resources/client/nsfw-filter.js', import.meta.url), 'utf8')
// A data: URL is always loaded as an ES module, whatever package.json says about .js files.
const plugin = await import('data:text/javascript,' + encodeURIComponent(source))

function helpers ({ policy, auth, settingsFail } = {}) {
  return {
    getSettings: async () => {
      if (settingsFail) throw new Error('offline')
      return policy === undefined ? {} : { policy }
    },
    getAuthHeader: () => auth ? { Authorization: 'Bearer ' + auth } : undefined
  }
}

function fetchAs (user, calls = []) {
  return async (url, init) => {
    calls.push({ url, init })
    if (user === 'refused') return { ok: false, status: 401, json: async () => ({}) }
    if (user === 'offline') throw new TypeError('network')
    return { ok: true, status: 200, json: async () => user }
  }
}

const noFetch = async () => { throw new Error('an anonymous visitor needs no request') }

test('anonymous visitors follow the instance policy', async () => {
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'blur' }), noFetch), true)
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'display' }), noFetch), false)
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'hide' }), noFetch), false)
})

test('without readable settings, the default policy (blur) applies', async () => {
  assert.equal(await plugin.shouldBlur(helpers({}), noFetch), true)
  assert.equal(await plugin.shouldBlur(helpers({ settingsFail: true }), noFetch), true)
})

test('logged-in users follow their own policy, asked with their token', async () => {
  const calls = []
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'display', auth: 't1' }), fetchAs({ nsfwPolicy: 'blur' }, calls)), true)
  assert.deepEqual(calls, [{ url: '/api/v1/users/me', init: { headers: { Authorization: 'Bearer t1' } } }])
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'blur', auth: 't1' }), fetchAs({ nsfwPolicy: 'display' })), false)
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'blur', auth: 't1' }), fetchAs({ nsfwPolicy: 'do_not_list' })), false)
})

test('a refused token or a failed request falls back to the instance policy', async () => {
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'blur', auth: 'old' }), fetchAs('refused')), true)
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'display', auth: 'old' }), fetchAs('refused')), false)
  assert.equal(await plugin.shouldBlur(helpers({ policy: 'blur', auth: 't' }), fetchAs('offline')), true)
})

test('register marks the body on application.init', async () => {
  const classes = new Set(['bobine-nsfw-blur'])
  globalThis.document = { body: { classList: { toggle: (c, on) => (on ? classes.add(c) : classes.delete(c)) } } }
  const hooks = []
  plugin.default({ registerHook: h => hooks.push(h), peertubeHelpers: helpers({ policy: 'display' }) })
  assert.equal(hooks.length, 1)
  assert.equal(hooks[0].target, 'action:application.init')
  await hooks[0].handler()
  assert.equal(classes.has('bobine-nsfw-blur'), false)

  hooks.length = 0
  plugin.default({ registerHook: h => hooks.push(h), peertubeHelpers: helpers({ policy: 'blur' }) })
  await hooks[0].handler()
  assert.equal(classes.has('bobine-nsfw-blur'), true)
  delete globalThis.document
})
