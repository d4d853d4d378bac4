// Behaviour of relgraph's -f html page: neighbour highlight on hover, the evidence panel, filters
// by relation and actor type, actor search, pan and zoom. Plain DOM, no framework, no network.
// The SVG comes from Graphviz: actor <g id="n-ID" class="node actor type-T">, relation
// <g id="e-INDEX" class="edge relation rel-R fam-F"> where INDEX is the link's index in
// #graph-data (the node-link JSON of the graph).
(function () {
  'use strict';

  const graph = JSON.parse(document.getElementById('graph-data').textContent);
  const palette = JSON.parse(document.getElementById('palette-data').textContent);
  const svg = document.getElementById('graph-svg');
  const diagram = document.getElementById('diagram');
  const panel = document.getElementById('evidence-body');

  // ---- the model: actors and relations joined to their SVG elements ----
  const actors = new Map();
  for (const data of graph.nodes) {
    actors.set(data.id, { data, el: document.getElementById('n-' + data.id), links: [], neighbours: new Set() });
  }
  const links = graph.links.map((data, index) => ({ data, index, el: document.getElementById('e-' + index) }));
  for (const link of links) {
    const s = actors.get(link.data.source);
    const t = actors.get(link.data.target);
    if (!s || !t) continue;
    s.links.push(link);
    t.links.push(link);
    s.neighbours.add(t.data.id);
    t.neighbours.add(s.data.id);
  }
  const labelOf = (id) => (actors.has(id) ? actors.get(id).data.label || id : id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  // ---- pan and zoom: the SVG's viewBox is the camera ----
  const base = svg.viewBox.baseVal;
  const home = { x: base.x, y: base.y, w: base.width, h: base.height };
  let view = { ...home };
  function setView(v) {
    const minW = home.w / 40;
    const maxW = home.w * 3;
    const f = Math.min(Math.max(v.w, minW), maxW) / v.w;
    const cx = v.x + v.w / 2;
    const cy = v.y + v.h / 2;
    const w = v.w * f;
    const h = v.h * f;
    view = { x: cx - w / 2, y: cy - h / 2, w, h };
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  }
  function toSvg(clientX, clientY) {
    const m = svg.getScreenCTM();
    return m ? new DOMPoint(clientX, clientY).matrixTransform(m.inverse()) : new DOMPoint(0, 0);
  }
  function zoomAt(factor, p) {
    const w = view.w * factor;
    const h = view.h * factor;
    if (w < home.w / 40 || w > home.w * 3) return;
    setView({ x: p.x - (p.x - view.x) * factor, y: p.y - (p.y - view.y) * factor, w, h });
  }
  const centre = () => new DOMPoint(view.x + view.w / 2, view.y + view.h / 2);
  diagram.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const pixels = ev.deltaMode === 1 ? ev.deltaY * 16 : ev.deltaMode === 2 ? ev.deltaY * 400 : ev.deltaY; // Firefox scrolls by lines
    zoomAt(Math.exp(Math.max(-100, Math.min(100, pixels)) * 0.002), toSvg(ev.clientX, ev.clientY));
  }, { passive: false });
  document.getElementById('zoom-in').addEventListener('click', () => zoomAt(1 / 1.4, centre()));
  document.getElementById('zoom-out').addEventListener('click', () => zoomAt(1.4, centre()));
  document.getElementById('zoom-reset').addEventListener('click', () => setView(home));

  let drag = null;
  let suppressClick = false;
  diagram.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, view: { ...view }, moved: false };
  });
  window.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x;
    const dy = ev.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = true;
    diagram.classList.add('dragging');
    const m = svg.getScreenCTM();
    const scale = m ? 1 / m.a : 1;
    setView({ x: drag.view.x - dx * scale, y: drag.view.y - dy * scale, w: drag.view.w, h: drag.view.h });
  });
  window.addEventListener('pointerup', () => {
    if (drag && drag.moved) {
      suppressClick = true; // the click that ends a drag is not a selection
      setTimeout(() => { suppressClick = false; }, 0);
    }
    drag = null;
    diagram.classList.remove('dragging');
  });

  function centreOn(element) {
    const r = element.getBoundingClientRect();
    const p = toSvg(r.left + r.width / 2, r.top + r.height / 2);
    const w = Math.min(view.w, home.w / 2.5);
    const h = view.h * (w / view.w);
    setView({ x: p.x - w / 2, y: p.y - h / 2, w, h });
  }

  // ---- hover: an actor, its neighbours and their relations stand out ----
  function focusActor(actor) {
    diagram.classList.add('focus');
    actor.el.classList.add('hl');
    for (const id of actor.neighbours) {
      const n = actors.get(id);
      if (n.el) n.el.classList.add('hl');
    }
    for (const link of actor.links) if (link.el) link.el.classList.add('hl');
  }
  function clearFocus() {
    diagram.classList.remove('focus');
    for (const e of svg.querySelectorAll('.hl')) e.classList.remove('hl');
  }
  for (const actor of actors.values()) {
    if (!actor.el) continue;
    actor.el.addEventListener('mouseenter', () => { if (!drag || !drag.moved) focusActor(actor); });
    actor.el.addEventListener('mouseleave', clearFocus);
    actor.el.addEventListener('click', () => { if (!suppressClick) showActor(actor); });
  }

  // ---- click on a relation: its evidence ----
  function select(link) {
    for (const e of svg.querySelectorAll('g.relation.selected')) e.classList.remove('selected');
    if (link && link.el) link.el.classList.add('selected');
  }
  for (const link of links) {
    if (!link.el) continue;
    // A wide invisible copy of the edge's path, so a thin edge is easy to hit.
    const path = link.el.querySelector('path');
    if (path) {
      const hit = document.createElementNS(svg.namespaceURI, 'path');
      hit.setAttribute('d', path.getAttribute('d'));
      hit.setAttribute('class', 'hit');
      path.parentNode.appendChild(hit);
    }
    link.el.addEventListener('click', (ev) => {
      ev.preventDefault();
      if (!suppressClick) showEvidence(link);
    });
  }

  // The sentence with the cue marked: the cue is a substring of the sentence.
  function highlighted(text, cue) {
    const out = document.createDocumentFragment();
    let at = cue ? text.indexOf(cue) : -1;
    if (at < 0 && cue) at = text.toLowerCase().indexOf(cue.toLowerCase());
    if (at < 0) {
      out.append(text);
      return out;
    }
    out.append(text.slice(0, at), el('mark', {}, text.slice(at, at + cue.length)), text.slice(at + cue.length));
    return out;
  }

  function actorLink(id) {
    return el('a', { onclick: () => { const a = actors.get(id); if (a) { showActor(a); if (a.el) centreOn(a.el); } } }, labelOf(id));
  }

  function relationHead(data) {
    const arrow = data.directed ? ' \u2192 ' : ' \u2014 ';
    return el('p', { class: 'relation-head' }, actorLink(data.source), ' ', el('span', { class: 'rel' }, data.relation),
      arrow, actorLink(data.target),
      data.negated ? el('span', { class: 'tag negated' }, 'negated') : null,
      data.tense && data.tense !== 'past' ? el('span', { class: 'tag' }, data.tense) : null);
  }

  function showEvidence(link) {
    select(link);
    const d = link.data;
    const items = (d.evidence || []).map((e) => el('li', {},
      el('blockquote', {}, highlighted(e.text || '', e.cue || '')),
      el('div', { class: 'source' }, 'document ', el('code', {}, e.doc), `, sentence ${e.sentence + 1}`,
        e.tense && e.tense !== 'past' ? el('span', { class: 'tag' }, e.tense) : null)));
    const mentions = d.weight === 1 ? '1 mention' : `${d.weight} mentions`;
    const docs = (d.documents || []).join(', ');
    panel.replaceChildren(
      relationHead(d),
      el('p', { class: 'meta' }, `${mentions} in ${docs}` + (d.cameo ? ` \u00b7 CAMEO ${d.cameo}` : '') +
        (d.roles && d.roles.length ? ` \u00b7 role: ${d.roles.join(', ')}` : '')),
      el('ol', { class: 'evidence-list' }, ...items));
    panel.dataset.link = String(link.index);
  }

  function showActor(actor) {
    select(null);
    const d = actor.data;
    const facts = [el('dt', {}, 'type'), el('dd', {}, d.type), el('dt', {}, 'mentions'), el('dd', {}, String(d.mentions))];
    if (d.aliases && d.aliases.length) facts.push(el('dt', {}, 'aliases'), el('dd', {}, d.aliases.join(', ')));
    for (const r of d.roles || []) facts.push(el('dt', {}, 'role'), el('dd', {}, r.title, r.of ? ' of ' : '', r.of ? actorLink(r.of) : null));
    if (d.documents && d.documents.length) facts.push(el('dt', {}, 'documents'), el('dd', {}, d.documents.join(', ')));
    // Metrics are in the JSON when the graph was built with them (build, render).
    if (typeof d.pagerank === 'number') facts.push(el('dt', {}, 'PageRank'), el('dd', {}, d.pagerank.toFixed(4)));
    if (typeof d.betweenness === 'number') facts.push(el('dt', {}, 'betweenness'), el('dd', {}, d.betweenness.toFixed(4)));
    const rel = actor.links.map((link) => el('li', {},
      el('a', { onclick: () => showEvidence(link) }, link.data.relation + (link.data.negated ? ' (not)' : '')), ' ',
      link.data.source === d.id ? (link.data.directed ? '\u2192 ' : '\u2014 ') : (link.data.directed ? '\u2190 ' : '\u2014 '),
      labelOf(link.data.source === d.id ? link.data.target : link.data.source)));
    panel.replaceChildren(el('p', { class: 'relation-head' }, el('span', { class: 'rel' }, d.label || d.id)),
      el('dl', {}, ...facts),
      el('h2', {}, 'Relations'),
      rel.length ? el('ul', { class: 'links' }, ...rel) : el('p', { class: 'hint' }, 'none'));
    delete panel.dataset.link;
  }

  // ---- filters by relation and by actor type ----
  const hiddenRelations = new Set();
  const hiddenTypes = new Set();
  function applyFilters() {
    for (const a of actors.values()) if (a.el) a.el.classList.toggle('filtered', hiddenTypes.has(a.data.type));
    for (const link of links) {
      if (!link.el) continue;
      const s = actors.get(link.data.source);
      const t = actors.get(link.data.target);
      const hide = hiddenRelations.has(link.data.relation) || (s && hiddenTypes.has(s.data.type)) ||
        (t && hiddenTypes.has(t.data.type));
      link.el.classList.toggle('filtered', Boolean(hide));
    }
  }
  function countBy(items, key) {
    const m = new Map();
    for (const x of items) m.set(key(x), (m.get(key(x)) || 0) + 1);
    return m;
  }
  function filterBox(container, name, value, swatch, count, hidden) {
    const box = el('input', { type: 'checkbox', name, value });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(value); else hidden.add(value);
      applyFilters();
    });
    container.append(el('label', {}, box, swatch, value, el('span', { class: 'count' }, String(count))));
  }
  const relationCounts = countBy(graph.links, (l) => l.relation);
  const relationOrder = palette.relations.map((r) => r.relation);
  const relations = [...relationCounts.keys()].sort((a, b) => {
    const ia = relationOrder.indexOf(a) < 0 ? 1e9 : relationOrder.indexOf(a);
    const ib = relationOrder.indexOf(b) < 0 ? 1e9 : relationOrder.indexOf(b);
    return ia - ib || a.localeCompare(b);
  });
  const relFilters = document.getElementById('relation-filters');
  for (const r of relations) {
    const style = palette.relations.find((p) => p.relation === r);
    const swatch = el('span', { class: 'swatch', style: `background:${style ? style.colour : '#000000'}` });
    filterBox(relFilters, 'relation', r, swatch, relationCounts.get(r), hiddenRelations);
  }
  const typeCounts = countBy(graph.nodes, (n) => n.type);
  const typeFilters = document.getElementById('type-filters');
  for (const t of palette.types) {
    if (!typeCounts.has(t.type)) continue;
    const swatch = el('span', { class: 'swatch fill', style: `background:${t.fill}` });
    filterBox(typeFilters, 'type', t.type, swatch, typeCounts.get(t.type), hiddenTypes);
  }

  // ---- search by name or alias ----
  const search = document.getElementById('search');
  const results = document.getElementById('search-results');
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let found = [];
  let active = -1;
  function clearMatches() {
    for (const e of svg.querySelectorAll('g.actor.match')) e.classList.remove('match');
  }
  function choose(actor) {
    results.hidden = true;
    clearMatches();
    if (actor.el) {
      actor.el.classList.add('match');
      centreOn(actor.el);
    }
    showActor(actor);
  }
  function renderResults() {
    results.replaceChildren(...found.slice(0, 30).map((f, i) => el('li', {
      role: 'option', class: i === active ? 'active' : '',
      onmousedown: (ev) => { ev.preventDefault(); choose(f.actor); },
    }, f.actor.data.label || f.actor.data.id, el('span', { class: 'type' }, f.actor.data.type),
    f.alias ? el('span', { class: 'alias' }, `(${f.alias})`) : null)));
    if (!found.length) results.append(el('li', { class: 'empty' }, 'no actor of that name'));
    results.hidden = false;
  }
  function runSearch() {
    const q = fold(search.value.trim());
    clearMatches();
    active = -1;
    if (!q) {
      found = [];
      results.hidden = true;
      return;
    }
    found = [];
    for (const actor of actors.values()) {
      const label = actor.data.label || actor.data.id;
      if (fold(label).includes(q)) {
        found.push({ actor, alias: null, rank: fold(label).startsWith(q) ? 0 : 1 });
        continue;
      }
      const alias = (actor.data.aliases || []).find((a) => fold(a).includes(q));
      if (alias) found.push({ actor, alias, rank: 2 });
    }
    found.sort((a, b) => a.rank - b.rank || (a.actor.data.label || '').localeCompare(b.actor.data.label || ''));
    for (const f of found) if (f.actor.el) f.actor.el.classList.add('match');
    renderResults();
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!found.length) return;
      const n = Math.min(found.length, 30);
      active = ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      renderResults();
    } else if (ev.key === 'Enter') {
      if (found.length) choose(found[Math.max(active, 0)].actor);
    } else if (ev.key === 'Escape') {
      search.value = '';
      runSearch();
    }
  });
  search.addEventListener('blur', () => { results.hidden = true; });
  search.addEventListener('focus', () => { if (search.value.trim()) runSearch(); });
})();
