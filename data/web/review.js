// The review queue and the glossary panel (after app.js, whose api(), el()
// and status() it uses). Every write carries the token and is kept in the
// TM's audit log by the server, which is what "Undo" reverts.
'use strict';

const review = {
  rows: [],        // the <tr> of each item shown, in order
  current: -1,     // index of the selected row
  next: 0,         // cursor of the next page (0 = none)
  undo: [],        // audit ids of this tab's actions, newest last
};

function reviewQuery(cursor) {
  const p = new URLSearchParams({ status: $('rf-status').value, order: $('rf-order').value, limit: 25 });
  if ($('rf-batch').value) p.set('batch', $('rf-batch').value);
  if ($('rf-document').value) p.set('document', $('rf-document').value);
  const [lo, hi] = $('rf-band').value.split('-');
  if (lo) p.set('min', lo);
  if (hi) p.set('max', hi);
  if (cursor) p.set('cursor', cursor);
  return '/api/review?' + p;
}

function showCounts(c) {
  $('review-counts').textContent = `(${c.unreviewed} waiting, ${c.accepted} accepted, ${c.rejected} rejected)`;
}

async function refreshCounts() {
  try {
    showCounts((await api('GET', '/api/units?limit=1')).counts);
  } catch (e) {
    // The counts are a convenience; the action itself has been reported.
  }
}

// The date first: a long title is cut at the cell's end, the date never.
const docLine = (d) => (d ? el('div', { class: 'doc', title: (d.title || '') + ' — ' + d.name },
  [d.date, d.title || d.name || 'untitled'].filter(Boolean).join(' · ')) : null);
const ctxLine = (text, where) => (text ? el('div', { class: 'ctx ' + where }, text) : null);

// One pair with its documents and the neighbouring pairs as context.
function reviewRow(item) {
  const u = item.unit;
  const tr = el('tr', { 'data-unit': u.id });
  tr.item = item;
  const vi = el('td', { class: 'vi', lang: 'vi' });
  const en = el('td', { class: 'en' });
  // replaceChildren would print a missing document or neighbour as "null".
  const put = (cell, ...parts) => cell.replaceChildren(...parts.filter(Boolean));
  const fill = (unit) => {
    put(vi, docLine(item.vi_doc), ctxLine(item.before && item.before.vi, 'before'),
      el('div', { class: 'text' }, unit.vi), ctxLine(item.after && item.after.vi, 'after'));
    put(en, docLine(item.en_doc), ctxLine(item.before && item.before.en, 'before'),
      el('div', { class: 'text' }, unit.en), ctxLine(item.after && item.after.en, 'after'));
  };
  fill(u);
  tr.fill = fill;
  const actions = el('td', { class: 'actions' });
  tr.actions = actions;
  tr.append(el('td', { class: 'id' }, u.id), vi, en,
    el('td', { class: 'score' }, u.score === null ? '' : u.score.toFixed(2)), actions);
  setRowState(tr, u.review);
  tr.addEventListener('click', (e) => { if (!e.target.closest('textarea')) select(review.rows.indexOf(tr)); });
  return tr;
}

// Buttons while a pair waits; its status once decided.
function setRowState(tr, state) {
  tr.classList.remove('accepted', 'rejected', 'unreviewed', 'editing');
  tr.classList.add(state);
  const a = tr.actions;
  const id = tr.item.unit.id;
  if (state === 'unreviewed') {
    a.replaceChildren(
      el('button', { class: 'small accept', type: 'button', title: 'a', onclick: () => decide(tr, 'accept') }, 'Accept'), ' ',
      el('button', { class: 'small reject', type: 'button', title: 'r', onclick: () => decide(tr, 'reject') }, 'Reject'), ' ',
      el('button', { class: 'small plain edit', type: 'button', title: 'e', onclick: () => edit(tr) }, 'Edit'));
  } else {
    a.replaceChildren(el('span', { class: 'state' }, state === 'accepted' && tr.edited ? 'edited' : state), ' ',
      el('button', { class: 'small plain edit', type: 'button', title: 'e', onclick: () => edit(tr) }, 'Edit'));
  }
  a.dataset.unit = id;
}

function rememberUndo(audit) {
  if (audit) review.undo.push(audit);
  $('undo-btn').disabled = review.undo.length === 0;
}

async function decide(tr, what) {
  const id = tr.item.unit.id;
  try {
    const r = await api('POST', `/api/units/${id}/${what}`);
    setRowState(tr, r.unit.review);
    rememberUndo(r.audit);
    status('review-status', `Pair ${id} ${r.unit.review}. Press u to undo.`);
    refreshCounts();
    return true;
  } catch (e) {
    status('review-status', e.message, true);
    return false;
  }
}

function edit(tr) {
  if (tr.classList.contains('editing')) return;
  const u = tr.shown || tr.item.unit;
  const tvi = el('textarea', { lang: 'vi', rows: 3 }, u.vi);
  const ten = el('textarea', { rows: 3 }, u.en);
  const vi = tr.children[1], en = tr.children[2];
  const oldVi = [...vi.childNodes], oldEn = [...en.childNodes];
  const before = [...tr.classList].find((c) => ['accepted', 'rejected', 'unreviewed'].includes(c));
  vi.replaceChildren(tvi);
  en.replaceChildren(ten);
  tr.classList.add('editing');
  const cancel = () => {
    vi.replaceChildren(...oldVi);
    en.replaceChildren(...oldEn);
    setRowState(tr, before);
    $('review-list').focus();
  };
  const save = async () => {
    try {
      const r = await api('POST', `/api/units/${tr.item.unit.id}/edit`, { vi: tvi.value, en: ten.value });
      tr.shown = r.unit;
      tr.edited = true;
      tr.fill(r.unit);
      setRowState(tr, 'accepted');
      rememberUndo(r.audit);
      status('review-status', `Pair ${tr.item.unit.id} replaced by your corrected pair ${r.unit.id}. Press u to undo.`);
      refreshCounts();
      $('review-list').focus();
      move(1);
    } catch (e) {
      status('review-status', e.message, true);
    }
  };
  for (const t of [tvi, ten]) {
    t.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); cancel(); }
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing) { e.preventDefault(); save(); }
    });
  }
  tr.actions.replaceChildren(el('button', { class: 'small save', type: 'button', onclick: save }, 'Save'), ' ',
    el('button', { class: 'small plain cancel', type: 'button', onclick: cancel }, 'Cancel'));
  ten.focus();
}

function select(i) {
  if (!review.rows.length) { review.current = -1; return; }
  i = Math.max(0, Math.min(i, review.rows.length - 1));
  if (review.rows[review.current]) review.rows[review.current].classList.remove('current');
  review.current = i;
  const tr = review.rows[i];
  tr.classList.add('current');
  const box = tr.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) tr.scrollIntoView({ block: 'center' });
}

function move(step) {
  // Past the last row: the next page, if any.
  if (review.current + step >= review.rows.length && review.next) {
    loadReview(true, { keepMessage: true }).then(() => select(review.current + step));
    return;
  }
  select(review.current + step);
}

async function undoLast() {
  const audit = review.undo[review.undo.length - 1];
  if (!audit) { status('review-status', 'Nothing to undo.', true); return; }
  try {
    const r = await api('POST', '/api/review/undo', { audit });
    review.undo.pop();
    rememberUndo();
    for (const u of r.units) {
      const tr = review.rows.find((t) => t.item.unit.id === u.id);
      if (!tr) continue;
      // The row shows the aligned pair again (an edit's new pair is out of use).
      tr.shown = null;
      tr.edited = false;
      tr.fill(tr.item.unit);
      setRowState(tr, u.review);
      select(review.rows.indexOf(tr));
    }
    const what = { accept: 'Acceptance', reject: 'Rejection', edit: 'Edit', bulk_accept: 'Bulk acceptance' }[r.undone.action] || 'Action';
    status('review-status', `${what} undone (${r.units.length} ${r.units.length === 1 ? 'pair' : 'pairs'} back as before).`);
    refreshCounts();
  } catch (e) {
    status('review-status', e.message, true);
  }
}

async function loadReview(more, opts) {
  const keep = opts && opts.keepMessage;
  const body = $('review-list').tBodies[0];
  if (!more) { review.rows = []; review.current = -1; review.next = 0; body.replaceChildren(); }
  try {
    const r = await api('GET', reviewQuery(more ? review.next : 0));
    for (const item of r.items) {
      const tr = reviewRow(item);
      review.rows.push(tr);
      body.append(tr);
    }
    review.next = r.next || 0;
    $('review-more').hidden = !review.next;
    if (!more && review.rows.length) select(0);
    if (!keep) {
      if (!more && !review.rows.length) status('review-status', 'No pairs match these filters.');
      else if (!more) status('review-status', r.total === 1 ? '1 pair matches.' : `${r.total}${r.total_capped ? '+' : ''} pairs match.`);
    }
    refreshCounts();
  } catch (e) {
    status('review-status', e.message, true);
  }
}

async function loadFilters() {
  try {
    const r = await api('GET', '/api/review/filters');
    const keep = (id) => $(id).value;
    const batch = keep('rf-batch'), doc = keep('rf-document');
    $('rf-batch').replaceChildren(el('option', { value: '' }, 'all batches'),
      ...r.batches.map((b) => el('option', { value: b.id }, `${b.id}: ${b.kind} ${b.description || ''} (${b.units})`.replace(/\s+/g, ' '))));
    $('rf-document').replaceChildren(el('option', { value: '' }, 'all documents'),
      ...r.documents.map((d) => el('option', { value: d.id }, `${d.lang} · ${d.title || d.name || 'untitled'}${d.date ? ' · ' + d.date : ''}`)));
    $('rf-batch').value = batch;
    $('rf-document').value = doc;
  } catch (e) {
    // The filters are optional; the queue reports the problem.
  }
  $('bulk-btn').disabled = !$('rf-batch').value;
}

async function bulkAccept() {
  const batch = Number($('rf-batch').value);
  const min = Number($('bulk-min').value);
  if (!batch) { status('review-status', 'Choose a batch first.', true); return; }
  if (!(min >= 0 && min <= 1)) { status('review-status', 'The score is a number from 0 to 1.', true); return; }
  try {
    const r = await api('POST', '/api/review/bulk-accept', { batch, min_score: min });
    rememberUndo(r.audit);
    await loadReview(false, { keepMessage: true });
    status('review-status', r.accepted
      ? `${r.accepted} ${r.accepted === 1 ? 'pair' : 'pairs'} of batch ${batch} accepted. Press u to undo.`
      : `No waiting pair of batch ${batch} scores ${min} or more.`);
  } catch (e) {
    status('review-status', e.message, true);
  }
}

async function alignAndStore() {
  $('align-btn').disabled = true;
  status('review-status', 'Aligning…');
  try {
    const r = await api('POST', '/api/align', { vi: $('align-vi').value, en: $('align-en').value, store: true });
    if (!r.links.length) {
      status('review-status', 'No sentence pairs were found between these two reports, so nothing was stored.', true);
      return;
    }
    // Show the new batch first (newest first) and say what happened.
    await loadFilters();
    $('rf-status').value = 'unreviewed';
    $('rf-order').value = 'newest';
    if (r.batch) $('rf-batch').value = r.batch;
    $('bulk-btn').disabled = !$('rf-batch').value;
    await loadReview(false, { keepMessage: true });
    $('align-box').open = false;  // the new pairs, not the pasted reports, are what to look at now
    const left = r.unlinked_vi.length + r.unlinked_en.length;
    status('review-status', `${r.links.length} pairs stored as batch ${r.batch} and shown below` +
      (left ? `; ${left} sentences had no partner.` : '.'));
  } catch (e) {
    status('review-status', e.message, true);
  } finally {
    $('align-btn').disabled = false;
  }
}

// Keys act on the selected pair unless the translator is typing somewhere.
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
  const t = e.target;
  if (t.closest && t.closest('input, textarea, select, [contenteditable]')) return;
  const tr = review.rows[review.current];
  const key = e.key;
  const act = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    u: () => undoLast(),
    a: () => tr && tr.classList.contains('unreviewed') && decide(tr, 'accept').then((ok) => ok && move(1)),
    r: () => tr && tr.classList.contains('unreviewed') && decide(tr, 'reject').then((ok) => ok && move(1)),
    e: () => tr && edit(tr),
  }[key];
  if (!act) return;
  // Arrows scroll the page elsewhere: only take them over when a pair is selected.
  if ((key === 'ArrowDown' || key === 'ArrowUp') && !tr) return;
  e.preventDefault();
  act();
});

// ---- Glossary panel ----

const standingLabel = { preferred: 'preferred', deprecated: 'deprecated', entry: 'in glossary' };

async function setStanding(entry, standing, where) {
  try {
    await api('POST', '/api/glossary/status', {
      vi: entry.vi, en: entry.en, valid_from: entry.valid_from || '', valid_to: entry.valid_to || '', status: standing });
    status(where, standing
      ? `"${entry.en}" is now ${standing} for "${entry.vi}".`
      : `"${entry.en}" is an ordinary rendering of "${entry.vi}" again.`);
    return true;
  } catch (e) {
    status(where, e.message, true);
    return false;
  }
}

function glossaryItem(e, term) {
  const li = el('li', { class: 'gloss ' + (e.status || 'plain') });
  // el() leaves out the parts that are null; append() would print them.
  li.append(...[el('span', { class: 'g-vi', lang: 'vi' }, e.vi), ' → ', el('b', { class: 'g-en' }, e.en),
    e.en_female && e.en_female !== e.en ? el('span', { class: 'g-note' }, ` (woman: ${e.en_female})`) : null,
    el('span', { class: 'g-kind' }, e.kind),
    e.valid_from || e.valid_to ? el('span', { class: 'g-note' }, ` ${e.valid_from || '…'} to ${e.valid_to || 'now'}`) : null,
    el('span', { class: 'g-src' }, e.priority > 0 ? 'yours' : 'shipped'),
    e.status ? el('span', { class: 'g-status' }, e.status) : null].filter(Boolean));
  const btn = (label, standing) => el('button', { class: 'small plain', type: 'button',
    onclick: async () => { if (await setStanding(e, standing, 'gloss-status')) lookupGlossary(term, true); } }, label);
  li.append(el('span', { class: 'g-actions' },
    e.status !== 'preferred' ? btn('Prefer', 'preferred') : null,
    e.status !== 'deprecated' ? btn('Deprecate', 'deprecated') : null,
    e.status ? btn('Clear mark', '') : null));
  return li;
}

async function lookupGlossary(term, keepMessage) {
  term = (term || $('gloss-query').value).trim();
  if (!term) { status('gloss-status', 'Type a title or term to look up.', true); return; }
  try {
    const r = await api('GET', '/api/glossary?' + new URLSearchParams({ q: term }));
    $('gloss-list').replaceChildren(...r.entries.map((e) => glossaryItem(e, term)));
    if (!keepMessage) {
      status('gloss-status', r.entries.length
        ? `${r.entries.length} ${r.entries.length === 1 ? 'rendering' : 'renderings'} of "${term}"; the first is the one used.`
        : `"${term}" is not in the glossary. Add it below.`);
    }
    if (!r.entries.length) { $('gloss-add').open = true; $('gloss-vi').value = term; }
  } catch (e) {
    status('gloss-status', e.message, true);
  }
}

async function addGlossary() {
  const vi = $('gloss-vi').value.trim(), en = $('gloss-en').value.trim();
  if (!vi || !en) { status('gloss-status', 'Fill in both the Vietnamese term and its English rendering.', true); return; }
  try {
    await api('POST', '/api/glossary', { vi, en, kind: $('gloss-kind').value, note: $('gloss-note').value.trim() });
    $('gloss-en').value = '';
    $('gloss-note').value = '';
    $('gloss-add').open = false;
    $('gloss-query').value = vi;
    await lookupGlossary(vi, true);
    status('gloss-status', `Added: "${vi}" → "${en}". Suggestions use it from now on.`);
  } catch (e) {
    status('gloss-status', e.message, true);
  }
}

// Concordance groups (app.js) get the glossary's standing and buttons to change it.
window.decorateConcordance = (q, from, r, out) => {
  if (from !== 'vi') return;
  out.querySelectorAll('.group').forEach((div, i) => {
    const g = r.groups[i];
    if (!g || !g.rendering) return;
    const head = div.firstElementChild;
    if (g.glossary) head.append(' ', el('span', { class: 'g-status g-' + g.glossary }, standingLabel[g.glossary]));
    const entry = { vi: q, en: g.rendering };
    // The concordance again with its new marks, the action's message kept.
    const again = async () => {
      const said = $('search-status').textContent, bad = $('search-status').classList.contains('error');
      await search('concord');
      status('search-status', said, bad);
    };
    const btn = (label, fn) => el('button', { class: 'small plain', type: 'button', onclick: fn }, label);
    if (!g.glossary) {
      head.append(' ', btn('Add to glossary', async () => {
        try {
          await api('POST', '/api/glossary', { vi: q, en: g.rendering, kind: 'title' });
          status('search-status', `Added "${q}" → "${g.rendering}" to the glossary.`);
          again();
        } catch (e) { status('search-status', e.message, true); }
      }));
    } else {
      if (g.glossary !== 'preferred') head.append(' ', btn('Prefer', async () => { if (await setStanding(entry, 'preferred', 'search-status')) again(); }));
      if (g.glossary !== 'deprecated') head.append(' ', btn('Deprecate', async () => { if (await setStanding(entry, 'deprecated', 'search-status')) again(); }));
    }
  });
};

['rf-status', 'rf-batch', 'rf-document', 'rf-band', 'rf-order'].forEach((id) => $(id).addEventListener('change', () => {
  $('bulk-btn').disabled = !$('rf-batch').value;
  loadReview(false);
}));
$('review-more').addEventListener('click', () => loadReview(true));
$('align-btn').addEventListener('click', alignAndStore);
$('bulk-btn').addEventListener('click', bulkAccept);
$('undo-btn').addEventListener('click', undoLast);
$('gloss-btn').addEventListener('click', () => lookupGlossary());
onEnter($('gloss-query'), () => lookupGlossary(), false);
$('gloss-save').addEventListener('click', addGlossary);
$('token').addEventListener('change', () => { loadFilters(); loadReview(false); });
$('review-list').tabIndex = -1;
loadFilters();
loadReview(false);
