// The translation view: paste or open a Vietnamese release, get per sentence
// the draft, TM matches, terms and names/dates/numbers (POST /api/suggest),
// write the final English in one field per sentence, confirm it with the
// keyboard, and finish: the confirmed sentences become accepted TM units with
// the page's provenance (POST /api/release/finish), and the English text,
// XLIFF and TMX can be downloaded. Uses app.js's helpers ($, api, el, status,
// plural, copyButton, marked, matchNote, bandClass, onEnter).
'use strict';

const translation = { rows: [], file: '' };  // rows: {s, li, field, confirmed}; file: name of an opened file
const enc = new TextEncoder();
const dec = new TextDecoder();

// A byte offset of `bytes` (the API's spans are UTF-8) as a JavaScript string index.
const charIndex = (bytes, b) => dec.decode(bytes.slice(0, b)).length;

// The source sentence with glossary terms underlined (their rendering in a
// chip after the whole word, so "UBND TP. Cần Thơ," keeps its dot and comma
// together) and names, dates and numbers marked (their English as a title).
function sourceMarked(source, terms, entities) {
  const bytes = enc.encode(source);
  const spans = [];
  for (const t of terms) {
    const [b, e] = t.span;
    if (b < e && e <= bytes.length) spans.push({ b: charIndex(bytes, b), e: charIndex(bytes, e), term: t });
  }
  // Entities come without offsets, in text order: found from left to right.
  let from = 0;
  for (const x of entities) {
    if (!x.vi) continue;
    const at = source.indexOf(x.vi, from);
    if (at < 0) continue;
    spans.push({ b: at, e: at + x.vi.length, entity: x });
    from = at + x.vi.length;
  }
  spans.sort((p, q) => p.b - q.b || q.e - p.e);
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (let k = 0; k < spans.length; ++k) {
    const sp = spans[k];
    if (sp.b < pos) continue;  // inside a longer span already shown
    frag.append(source.slice(pos, sp.b));
    if (sp.term) {
      const t = sp.term;
      frag.append(el('u', { class: 'term', title: t.en + (t.note ? ' — ' + t.note : '') }, source.slice(sp.b, sp.e)));
      // The chip goes where the word ends (before the next space or marked span).
      let end = sp.e;
      const next = spans.slice(k + 1).find((o) => o.b >= sp.e);
      const limit = next ? next.b : source.length;
      while (end < limit && !/\s/.test(source[end])) ++end;
      frag.append(source.slice(sp.e, end), el('span', { class: 'term-en' }, t.en));
      pos = end;
    } else {
      const x = sp.entity;
      frag.append(el('span', { class: 'ent ent-' + x.type, title: x.type + ': ' + x.en }, source.slice(sp.b, sp.e)));
      pos = sp.e;
    }
  }
  frag.append(source.slice(pos));
  return frag;
}

// A repair or fragment of the drafts API, whatever its shape: readable text.
function describe(item) {
  if (typeof item === 'string') return item;
  if (item && typeof item === 'object') {
    const parts = Object.values(item).filter((v) => typeof v === 'string' && v);
    return parts.join(' → ');
  }
  return String(item);
}

// A fragment draft's "[Vietnamese]" placeholders (words no TM fragment,
// term or name covers) stand out: the post-editor must translate them.
function gapsMarked(draft) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const m of draft.matchAll(/\[[^\]]+\]/g)) {
    frag.append(draft.slice(pos, m.index),
      el('mark', { class: 'gap', title: 'not translated: no TM fragment covers these words' }, m[0]));
    pos = m.index + m[0].length;
  }
  frag.append(draft.slice(pos));
  return frag;
}

function renderRow(s, index) {
  const li = el('li', { class: 'sentence', 'data-index': index });
  const left = el('div', { class: 'tr-left' });
  left.append(el('div', { class: 'src', lang: 'vi' }, sourceMarked(s.source, s.terms || [], s.entities || []),
    s.kind && s.kind !== 'body' ? el('span', { class: 'kind' }, s.kind) : null));
  const ents = (s.entities || []).filter((x) => x.en);
  if (ents.length) {
    left.append(el('div', { class: 'ents' }, ...ents.flatMap((x, k) => [k ? ' · ' : '',
      el('span', { class: 'ent ent-' + x.type }, x.vi), ' → ' + x.en])));
  }
  // A draft that is only the exact match's English is shown once, as the match.
  const exact = (s.matches || []).find((m) => m.score === 100 && !m.stale);
  if (s.draft && !(exact && exact.target === s.draft && !(s.repairs || []).length)) {
    left.append(el('div', { class: 'draft' },
      el('span', { class: 'label' }, s.draft_kind ? 'draft (' + s.draft_kind + ')' : 'draft'),
      el('span', { class: 'text' }, gapsMarked(s.draft)), copyButton(s.draft)));
  }
  for (const [name, list] of [['repair', s.repairs], ['fragment', s.fragments], ['untranslated phrase', s.gaps]]) {
    if (Array.isArray(list) && list.length) {
      left.append(el('details', { class: 'extra' }, el('summary', {}, plural(list.length, name)),
        el('ul', {}, ...list.map((r) => el('li', {}, describe(r))))));
    }
  }
  const row = { s, li, confirmed: false };
  (s.matches || []).forEach((m, k) => {
    const changes = (m.diff || []).filter((d) => d.op !== 'delete' && d.source)
      .map((d) => (d.match ? d.match + ' → ' : '+ ') + d.source);
    // A target that still shows an old number is never shown as a clean match.
    const band = m.stale ? 'band-none' : bandClass(m.band);
    left.append(el('div', { class: 'match ' + band, 'data-unit': m.id },
      el('b', { class: 'band ' + band, title: 'match score' }, m.score + ' %'),
      el('div', { class: 'body' },
        el('div', { class: 'target' }, m.target),
        matchNote(m),
        el('div', { class: 'msrc' }, marked(m.source, (m.diff || []).map((d) => d.match))),
        changes.length ? el('div', { class: 'change' }, 'new: ' + changes.join('; ')) : null),
      el('button', { class: 'small plain use', type: 'button', title: 'Alt+' + (k + 1),
        onclick: () => { setField(row, m.target); row.field.focus(); } }, 'Use'),
      copyButton(m.target)));
  });
  // The field starts from the draft; without one, from an exact match.
  row.field = el('textarea', { class: 'en-field', lang: 'en', rows: 2, 'aria-label': 'English of sentence ' + (index + 1) },
    s.draft || (exact ? exact.target : ''));
  row.confirmBtn = el('button', { class: 'small confirm', type: 'button', title: 'Ctrl+Enter',
    onclick: () => { setConfirmed(row, !row.confirmed); refreshPreview(); } }, 'Confirm');
  row.state = el('span', { class: 'state' });
  const right = el('div', { class: 'tr-right' }, row.field, el('div', { class: 'row' }, row.confirmBtn, row.state));
  row.field.addEventListener('input', () => { fitHeight(row.field); refreshPreview(); });
  row.field.addEventListener('keydown', (e) => onFieldKey(e, row));
  li.append(left, right);
  return row;
}

// Browsers without CSS field-sizing: the field grows to its text by script.
const sizesItself = window.CSS && CSS.supports('field-sizing', 'content');
function fitHeight(t) {
  if (sizesItself) return;
  t.style.height = 'auto';
  t.style.height = t.scrollHeight + 2 + 'px';
}

function setField(row, text) {
  row.field.value = text;
  fitHeight(row.field);
  refreshPreview();
}

// A draft marks what it could not translate with "…" (term skeletons) or
// "[Vietnamese]" (words no fragment covers): such English must not reach the
// TM as a person's confirmed translation.
const hasGap = (text, row) => text.includes('…') ||
  ((row && row.s.gaps) || []).some((g) => text.includes('[' + g.vi + ']'));

function setConfirmed(row, on) {
  const text = row.field.value.trim();
  row.confirmed = on && text !== '' && !hasGap(text, row);
  row.li.classList.toggle('confirmed', row.confirmed);
  row.confirmBtn.textContent = row.confirmed ? 'Confirmed ✓' : 'Confirm';
  row.state.textContent = !on || row.confirmed ? ''
    : text ? 'Fill in the gaps (…, [Vietnamese]) first.' : 'Type the English first.';
}

function goTo(index) {
  const rows = translation.rows;
  if (index >= rows.length) { $('finish-btn').focus(); return; }
  const row = rows[Math.max(0, index)];
  row.field.focus();
  row.li.scrollIntoView({ block: 'center' });
}

// Input methods compose Vietnamese letters with keys: never act mid-composition.
function onFieldKey(e, row) {
  if (e.isComposing || e.keyCode === 229) return;
  const index = translation.rows.indexOf(row);
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    setConfirmed(row, true);
    refreshPreview();
    if (row.confirmed) goTo(index + 1);
  } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    e.preventDefault();
    goTo(index + (e.key === 'ArrowDown' ? 1 : -1));
  } else if (e.altKey && /^[1-9]$/.test(e.key)) {
    const m = (row.s.matches || [])[Number(e.key) - 1];
    if (m) { e.preventDefault(); setField(row, m.target); }
  }
}

// The whole English text as it stands: a headline or caption on its own
// line, body sentences in one paragraph; unconfirmed text in grey.
function refreshPreview() {
  const out = $('preview');
  const paragraphs = [];
  let current = null;
  translation.rows.forEach((row, index) => {
    const own = row.s.kind && row.s.kind !== 'body';
    if (own || !current) { current = el('p', {}); paragraphs.push(current); }
    const text = row.field.value.trim();
    const cls = row.confirmed ? 'pv confirmed' : text ? 'pv unconfirmed' : 'pv missing';
    if (current.childNodes.length) current.append(' ');
    current.append(el('span', { class: cls, 'data-index': index, onclick: () => goTo(index) },
      text || '[' + (index + 1) + ': no English yet]'));
    if (own) current = null;
  });
  out.replaceChildren(...paragraphs);
  const done = translation.rows.filter((r) => r.confirmed).length;
  $('confirmed-count').textContent = `${done} of ${plural(translation.rows.length, 'sentence')} confirmed`;
}

function releaseTitle(r) {
  if (r.title) return r.title;
  const head = r.sentences.find((s) => s.kind === 'headline') || r.sentences[0];
  return head ? head.source.slice(0, 120) : '';
}

async function suggestRelease() {
  const text = $('release').value;
  if (!text.trim()) { status('suggest-status', 'Paste a Vietnamese release or open a file first.', true); return; }
  $('suggest-btn').disabled = true;
  status('suggest-status', 'Working…');
  try {
    const r = await api('POST', '/api/suggest', { text });
    translation.rows = r.sentences.map(renderRow);
    $('suggestions').replaceChildren(...translation.rows.map((row) => row.li));
    translation.rows.forEach((row) => fitHeight(row.field));
    // Title and date come from the release unless the translator has typed
    // them for this one (a finish starts the next release afresh).
    if ($('doc-title').dataset.typed !== '1' || !$('doc-title').value.trim()) $('doc-title').value = releaseTitle(r);
    if ($('doc-date').dataset.typed !== '1') $('doc-date').value = r.date || '';
    $('preview-box').hidden = !translation.rows.length;
    $('downloads').hidden = true;
    status('finish-status', '');
    refreshPreview();
    const withMatch = r.sentences.filter((s) => s.matches.length).length;
    const terms = r.sentences.reduce((n, s) => n + s.terms.length, 0);
    const from = translation.file ? translation.file + ': ' : '';
    status('suggest-status', from + `${plural(r.sentences.length, 'sentence')}, ${withMatch} with a match in the ` +
      `translation memory, ${plural(terms, 'glossary term')}.`);
    // The pasted text gives its room to the work; it opens again when clicked.
    $('release').rows = 2;
    $('release').scrollTop = 0;
    if (translation.rows.length) translation.rows[0].field.focus();
  } catch (e) {
    status('suggest-status', e.message, true);
  } finally {
    $('suggest-btn').disabled = false;
  }
}

// A file chosen in the page: UTF-8, else the old Vietnamese code page.
async function openFile() {
  const file = $('release-file').files[0];
  if (!file) return;
  translation.file = file.name;
  const bytes = await file.arrayBuffer();
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    text = new TextDecoder('windows-1258').decode(bytes);
  }
  $('release').value = text;
  await suggestRelease();
  translation.file = '';  // a later paste is not this file
  $('release-file').value = '';  // choosing the same file again reloads it
}

// A draft of glossary terms and names only (or TM fragments in Vietnamese
// order), still as suggested: a person must write the sentence, so bulk
// confirmation leaves it out ("Can Tho" for a whole headline is no translation).
const isSkeleton = (row) => ['terms', 'fragments'].includes(row.s.draft_kind) &&
  row.field.value.trim() === (row.s.draft || '').trim();

// Confirms every sentence whose English is complete; says how many are not.
function confirmAll() {
  let gaps = 0, skeletons = 0;
  for (const row of translation.rows) {
    const text = row.field.value.trim();
    if (row.confirmed || !text) continue;
    // A terms draft marks the words between its terms with "…" too: it is
    // told as what it is, terms and names to write out.
    if (row.s.draft_kind === 'terms' && isSkeleton(row)) ++skeletons;
    else if (hasGap(text, row)) ++gaps;
    else if (isSkeleton(row)) ++skeletons;
    else setConfirmed(row, true);
  }
  refreshPreview();
  const empty = translation.rows.filter((r) => !r.field.value.trim()).length;
  const left = [];
  if (gaps) left.push(`${plural(gaps, 'sentence')} with gaps (…, [Vietnamese])`);
  if (skeletons) left.push(`${plural(skeletons, 'sentence')} with only terms and names to write out`);
  if (empty) left.push(`${plural(empty, 'sentence')} without English`);
  status('finish-status', left.length ? 'Not confirmed: ' + left.join(' and ') + '.' : '');
}

function downloadLink(label, text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  return el('a', { class: 'download', href: url, download: name, 'data-kind': label }, label);
}

async function finishRelease() {
  const confirmed = translation.rows.filter((r) => r.confirmed).length;
  if (!confirmed) {
    status('finish-status', 'Confirm at least one sentence (Ctrl+Enter in its English field) first.', true);
    return;
  }
  const translator = $('translator').value.trim();
  if (!translator) {
    status('finish-status', 'Type your name in the Translator field: it is stored with every sentence.', true);
    $('translator').focus();
    return;
  }
  const body = {
    title: $('doc-title').value.trim(),
    date: $('doc-date').value,
    translator,
    sentences: translation.rows.map((r) => ({ vi: r.s.source, en: r.field.value.trim(), kind: r.s.kind, confirmed: r.confirmed })),
  };
  $('finish-btn').disabled = true;
  status('finish-status', 'Storing…');
  try {
    const r = await api('POST', '/api/release/finish', body);
    status('finish-status', `${plural(r.stored, 'sentence')} stored in the translation memory as accepted (batch ${r.batch}).`);
    const base = (body.title || 'release').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'release';
    $('downloads').replaceChildren('Download: ',
      downloadLink('English text', r.text, base + '.en.txt', 'text/plain;charset=utf-8'), ' ',
      downloadLink('XLIFF', r.xliff, base + '.xlf', 'application/xliff+xml'), ' ',
      downloadLink('TMX', r.tmx, base + '.tmx', 'application/x-tmx+xml'), ' ',
      el('button', { class: 'small plain copy', type: 'button', onclick: (e) => copyText(r.text, e.currentTarget) }, 'Copy English'));
    $('downloads').hidden = false;
    health();
    refreshCounts();
    $('doc-title').dataset.typed = '0';
    $('doc-date').dataset.typed = '0';
  } catch (e) {
    status('finish-status', e.message, true);
  } finally {
    $('finish-btn').disabled = false;
  }
}

// Text wraps anew when the window changes width: every field keeps showing all of its text.
window.addEventListener('resize', () => translation.rows.forEach((row) => fitHeight(row.field)));
$('suggest-btn').addEventListener('click', suggestRelease);
onEnter($('release'), suggestRelease, true);
$('release-file').addEventListener('change', openFile);
$('release').addEventListener('focus', () => { $('release').rows = 6; });
$('confirm-all-btn').addEventListener('click', confirmAll);
$('finish-btn').addEventListener('click', finishRelease);
for (const id of ['doc-title', 'doc-date']) $(id).addEventListener('input', () => { $(id).dataset.typed = '1'; });
$('translator').value = localStorage.getItem('songngu-name') || '';
$('translator').addEventListener('change', () => localStorage.setItem('songngu-name', $('translator').value.trim()));
