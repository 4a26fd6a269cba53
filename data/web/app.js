// The workbench page: talks to songngu serve's JSON API (server/server.h).
// Everything from the server is inserted as text (textContent), never as HTML.
'use strict';

const $ = (id) => document.getElementById(id);

// The token: from the URL songngu serve prints (#token=..., or ?token=...
// off loopback, where the page itself needs it), else the field; kept for
// this tab only and removed from the address bar.
(function initToken() {
  const m = location.hash.match(/token=([^&]+)/) || location.search.match(/[?&]token=([^&]+)/);
  if (m) {
    sessionStorage.setItem('songngu-token', decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname);
  }
  $('token').value = sessionStorage.getItem('songngu-token') || '';
})();

const kPlainMessages = {
  token_missing: 'This needs the access token: paste it in the Token field at the top of the page.',
  token_wrong: 'The access token is not the right one: check the Token field at the top of the page.',
  body_too_large: 'This text is too long to send at once: send it in smaller parts.',
  busy: 'The server is busy: try again in a moment.',
  timeout: 'The server did not get the whole request in time: try again.',
  disk_full: 'The disk of the translation memory is full: nothing was stored. Ask for space, then try again.',
};
const plainMessage = (data) => data && (kPlainMessages[data.code] || data.error);

async function api(method, path, body) {
  const headers = {};
  const token = $('token').value.trim();
  if (token) headers['X-Songngu-Token'] = token;
  // Who acts, for the TM's audit log; percent-encoded: a header cannot carry "Nguyễn".
  const name = localStorage.getItem('songngu-name');
  if (name) headers['X-Songngu-Name'] = encodeURIComponent(name);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Error('The server could not be reached: is songngu serve still running?');
  }
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  // The server's errors are sentences for people ({"error", "code"}); a few
  // are said more plainly here, without the notes meant for scripts.
  if (!res.ok) throw new Error(plainMessage(data) || 'The server could not answer this time; try again in a moment.');
  return data;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

function status(id, text, isError) {
  $(id).textContent = text;
  $(id).classList.toggle('error', !!isError);
}

// Input methods (Telex, VNI, the OS IMEs) compose Vietnamese letters with
// keystrokes: an Enter during composition confirms the letter, not the form.
function onEnter(input, fn, needCtrl) {
  let composing = false;
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => { composing = false; });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing || composing || e.keyCode === 229) return;
    if (needCtrl && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    fn();
  });
}

async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    // Clipboard API refused (no focus, old browser): the selection route.
    // Positioned from script: the page's CSP allows no inline style attribute.
    const t = el('textarea', {}, text);
    t.style.position = 'fixed';
    t.style.left = '-9999px';
    document.body.append(t);
    t.select();
    document.execCommand('copy');
    t.remove();
  }
  const note = el('span', { class: 'copied' }, 'copied');
  button.after(note);
  setTimeout(() => note.remove(), 1200);
}

const copyButton = (text) => el('button', { class: 'small plain copy', type: 'button', title: 'copy',
  onclick: (e) => copyText(text, e.currentTarget) }, 'Copy');

// `text` with each phrase (in order) wrapped in <mark>.
function marked(text, phrases) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const p of phrases) {
    if (!p) continue;
    const at = text.indexOf(p, pos);
    if (at < 0) continue;
    frag.append(text.slice(pos, at), el('mark', {}, p));
    pos = at + p.length;
  }
  frag.append(text.slice(pos));
  return frag;
}

const bandClass = (band) => 'band-' + (band || 'none');

// "1 match", "2 matches": `many` defaults to `one` + "s".
const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));

// What a translator must know before copying a match: an old value left in
// the target, or a match on one sentence of a longer unit.
function matchNote(m) {
  const notes = [];
  // The server names the stale value ("… old value: 4.820 tỷ đồng (now 5.930 tỷ đồng)").
  if (m.stale) notes.push(m.note || 'target shows the old value');
  if (m.part) notes.push('part ' + m.part + ' of a longer unit');
  return notes.length ? el('div', { class: 'change stale' }, notes.join('; ')) : null;
}

async function search(kind) {
  const q = $('query').value.trim();
  if (!q) return;
  const from = $('query-lang').value;
  const out = $('search-results');
  status('search-status', 'Searching…');
  try {
    const params = new URLSearchParams({ q, from });
    if (kind === 'search') {
      const r = await api('GET', '/api/search?' + params);
      const band = (m) => (m.stale ? 'band-none' : bandClass(m.band));
      out.replaceChildren(...r.matches.map((m) => el('div', { class: 'match ' + band(m), 'data-unit': m.id },
        el('b', { class: 'band ' + band(m) }, Math.round(m.score)),
        el('div', { class: 'body' }, el('div', { class: 'target' }, m.target), matchNote(m),
          el('div', { class: 'msrc' }, marked(m.source, m.diffs.map((d) => d.unit)))),
        copyButton(m.target))));
      status('search-status', plural(r.matches.length, 'match', 'matches') + '.');
    } else {
      const r = await api('GET', '/api/concordance?' + params);
      // The query's longest pieces found in stored units, each with the English
      // its unit's word alignment gives and the unit it comes from (issue 14).
      const frags = (r.fragments || []).length ? el('div', { class: 'fragments' },
        el('h3', {}, 'TM fragments of the query'),
        ...r.fragments.map((f) => el('div', { class: 'fragment', 'data-unit': f.unit_id },
          el('span', { class: 'vi', lang: 'vi' }, f.vi), ' → ',
          el('span', { class: 'rendering', lang: 'en' }, f.en || '(no English span)'), ' ',
          el('span', { class: 'unit', title: 'TM unit the English comes from' }, 'unit ' + f.unit_id), ' ',
          f.en ? copyButton(f.en) : null))) : null;
      out.replaceChildren(...r.groups.map((g) => el('div', { class: 'group' },
        el('div', {}, el('span', { class: 'rendering' }, g.rendering || '(no rendering found)'), ' ',
          el('span', { class: 'count' }, '× ' + g.count), ' ', g.rendering ? copyButton(g.rendering) : null),
        ...g.hits.map((h) => el('div', { class: 'hit' },
          el('div', { class: 'vi' }, marked(h.vi, [])), el('div', {}, marked(h.en, [h.span])))))));
      if (frags) out.append(frags);
      status('search-status', `"${q}" in ${plural(r.units, 'unit')}, ${plural(r.groups.length, 'rendering')}` +
        (frags ? `, ${plural(r.fragments.length, 'fragment')}.` : '.'));
      if (window.decorateConcordance) window.decorateConcordance(q, from, r, out);  // review.js
    }
  } catch (e) {
    status('search-status', e.message, true);
  }
}

async function health() {
  try {
    const h = await api('GET', '/api/health');
    $('tm-status').textContent = `TM: ${h.units} units · songngu ${h.version}`;
  } catch (e) {
    $('tm-status').textContent = e.message;
  }
}

$('search-btn').addEventListener('click', () => search('search'));
$('concord-btn').addEventListener('click', () => search('concord'));
onEnter($('query'), () => search('concord'), false);
// Off loopback every request needs the token: reload once it is typed in.
$('token').addEventListener('change', () => {
  sessionStorage.setItem('songngu-token', $('token').value.trim());
  health();
});
health();
