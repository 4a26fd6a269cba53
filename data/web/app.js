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
  // The server's errors are sentences for people ({"error", "code"}).
  if (!res.ok) throw new Error((data && data.error) || ('The server could not answer (error ' + res.status + ').'));
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

// Source sentence with glossary terms underlined and their renderings beside
// them; spans are UTF-8 byte offsets.
function sourceWithTerms(source, terms) {
  const bytes = new TextEncoder().encode(source);
  const dec = new TextDecoder();
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const t of terms) {
    const [b, e] = t.span;
    if (b < pos || e > bytes.length) continue;
    frag.append(dec.decode(bytes.slice(pos, b)));
    frag.append(el('u', { class: 'term', title: t.en + (t.note ? ' — ' + t.note : '') }, dec.decode(bytes.slice(b, e))));
    frag.append(el('span', { class: 'term-en' }, t.en));
    pos = e;
  }
  frag.append(dec.decode(bytes.slice(pos)));
  return frag;
}

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

function renderSentence(s) {
  const li = el('li', { class: 'sentence', 'data-index': s.i });
  li.append(el('div', { class: 'src' }, sourceWithTerms(s.source, s.terms || []),
    s.kind && s.kind !== 'body' ? el('span', { class: 'kind' }, s.kind) : null));
  if (s.draft) {
    li.append(el('div', { class: 'draft' }, el('span', { class: 'text' }, s.draft), copyButton(s.draft)));
  }
  for (const m of s.matches || []) {
    const changes = (m.diff || []).filter((d) => d.op !== 'delete' && d.source)
      .map((d) => (d.match ? d.match + ' → ' : '+ ') + d.source);
    // A target that still shows an old number is never shown as a clean match.
    const band = m.stale ? 'band-none' : bandClass(m.band);
    li.append(el('div', { class: 'match ' + band, 'data-unit': m.id },
      el('b', { class: 'band ' + band, title: 'match score' }, m.score),
      el('div', { class: 'body' },
        el('div', { class: 'target' }, m.target),
        matchNote(m),
        el('div', { class: 'msrc' }, marked(m.source, (m.diff || []).map((d) => d.match))),
        changes.length ? el('div', { class: 'change' }, 'new: ' + changes.join('; ')) : null),
      copyButton(m.target)));
  }
  return li;
}

// What a translator must know before copying a match: an old value left in
// the target, or a match on one sentence of a longer unit.
function matchNote(m) {
  const notes = [];
  if (m.stale) notes.push('target shows the old value');
  if (m.part) notes.push('part ' + m.part + ' of a longer unit');
  return notes.length ? el('div', { class: 'change stale' }, notes.join('; ')) : null;
}

async function suggest() {
  const text = $('release').value;
  if (!text.trim()) { status('suggest-status', 'Paste a Vietnamese release first.', true); return; }
  $('suggest-btn').disabled = true;
  status('suggest-status', 'Working…');
  try {
    const r = await api('POST', '/api/suggest', { text });
    const list = $('suggestions');
    list.replaceChildren(...r.sentences.map(renderSentence));
    const withMatch = r.sentences.filter((s) => s.matches.length).length;
    const terms = r.sentences.reduce((n, s) => n + s.terms.length, 0);
    status('suggest-status', `${r.sentences.length} sentences, ${withMatch} with TM matches, ${terms} glossary terms.`);
  } catch (e) {
    status('suggest-status', e.message, true);
  } finally {
    $('suggest-btn').disabled = false;
  }
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
      status('search-status', r.matches.length === 1 ? '1 match.' : `${r.matches.length} matches.`);
    } else {
      const r = await api('GET', '/api/concordance?' + params);
      out.replaceChildren(...r.groups.map((g) => el('div', { class: 'group' },
        el('div', {}, el('span', { class: 'rendering' }, g.rendering || '(no rendering found)'), ' ',
          el('span', { class: 'count' }, '× ' + g.count), ' ', g.rendering ? copyButton(g.rendering) : null),
        ...g.hits.map((h) => el('div', { class: 'hit' },
          el('div', { class: 'vi' }, marked(h.vi, [])), el('div', {}, marked(h.en, [h.span])))))));
      status('search-status', `"${q}" in ${r.units} units, ${r.groups.length} renderings.`);
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

$('suggest-btn').addEventListener('click', suggest);
onEnter($('release'), suggest, true);
$('search-btn').addEventListener('click', () => search('search'));
$('concord-btn').addEventListener('click', () => search('concord'));
onEnter($('query'), () => search('concord'), false);
// Off loopback every request needs the token: reload once it is typed in.
$('token').addEventListener('change', () => {
  sessionStorage.setItem('songngu-token', $('token').value.trim());
  health();
});
health();
