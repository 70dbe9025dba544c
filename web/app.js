// marsad web page: search the archive, read an article with its analysis marked on the text,
// analyze a pasted text. Plain DOM: every piece of data goes in through textContent or an
// attribute, never through innerHTML. Offsets from the API are code points; JavaScript
// strings count UTF-16 units, so texts are cut with Array.from (one element per code point).
"use strict";

const $ = (id) => document.getElementById(id);

/** Builds an element; string children become text nodes, so nothing is parsed as HTML. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function status(message) { $("status").textContent = message || ""; }

function showError(container, err) {
  container.replaceChildren(el("p", { class: "error", role: "alert" }, err.message));
}

/** Calls the API; throws an Error carrying the server's message for a non-2xx answer. */
async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const res = await fetch(path, init);
  let data = null;
  try { data = await res.json(); } catch (_) { /* a body that is not JSON: reported below */ }
  if (!res.ok) {
    const e = data && data.error;
    const where = e && e.where ? ` (${e.where})` : "";
    throw new Error(e ? `${e.message}${where}` : `خطأ ${res.status}`);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Marking spans on a text

/** [{start, end}] in code points from the shapes the API uses for a span. */
function spanOf(x) {
  if (!x) return null;
  if (Array.isArray(x)) return { start: x[0], end: x[1] };
  if (typeof x.start === "number") return { start: x.start, end: x.end };
  return null;
}

/**
 * Renders `text` into `container` with each mark {start, end, cls, title, data} as a span.
 * Marks may overlap (an entity inside a quote): the text is cut at every boundary and each
 * piece carries the classes of all the marks over it.
 */
function renderMarked(container, text, marks) {
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  const valid = marks.filter((m) => m && m.end > m.start && m.start >= 0 && m.end <= cps.length);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = cps.slice(a, b).join("");
    const over = valid.filter((m) => m.start <= a && m.end >= b);
    if (over.length === 0) { nodes.push(document.createTextNode(piece)); continue; }
    const title = over.map((m) => m.title).filter(Boolean).join(" · ");
    const span = el(over.some((m) => m.tag === "mark") ? "mark" : "span",
                    { class: over.map((m) => m.cls).join(" "), title: title || null }, piece);
    for (const m of over) if (m.data) for (const [k, v] of Object.entries(m.data)) span.dataset[k] = v;
    nodes.push(span);
  }
  container.replaceChildren(...nodes);
}

// ---------------------------------------------------------------------------------------------
// Analysis: the text with entities, times and quotes marked, and the panels beside it

const TYPE_NAMES = { PER: "شخص", LOC: "مكان", ORG: "مؤسسة", MISC: "أخرى" };

function analysisMarks(a) {
  const marks = [];
  for (const e of a.entities || []) {
    for (const m of e.mentions || []) {
      const s = spanOf(m);
      if (s) marks.push({ ...s, cls: `mark ent-${e.type}`, title: `${e.name} (${TYPE_NAMES[e.type] || e.type})`, data: { entity: e.id } });
    }
  }
  for (const t of a.times || []) {
    const s = spanOf(t);
    if (s) marks.push({ ...s, cls: "mark time", title: `${t.type} ${t.value}${t.mod ? " " + t.mod : ""}` });
  }
  for (const q of a.quotes || []) {
    const s = spanOf(q);
    if (s) marks.push({ ...s, cls: "quote", title: q.speaker ? `قائله: ${q.speaker}` : "اقتباس" });
  }
  if (a.title_end > a.title_start) marks.push({ start: a.title_start, end: a.title_end, cls: "title" });
  return marks;
}


function panel(title, items, empty) {
  const list = items.length ? el("ul", {}, items) : el("p", { class: "muted" }, empty);
  return el("section", { class: "panel" }, el("h3", {}, title), list);
}

/** Highlights every mention of one entity in the article text. */
function focusEntity(root, id) {
  for (const n of root.querySelectorAll(".focus")) n.classList.remove("focus");
  for (const n of root.querySelectorAll(`[data-entity="${CSS.escape(id)}"]`)) n.classList.add("focus");
  const first = root.querySelector(`[data-entity="${CSS.escape(id)}"]`);
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** The analysis JSON (to_json: offsets are code points into a.text) as text and panels. */
function renderAnalysis(container, a, header, searchable) {
  const body = el("div", { class: "article-text", lang: "ar" });
  renderMarked(body, a.text || "", analysisMarks(a));
  const entities = (a.entities || []).map((e) => el("li", {},
    el("a", { href: "#", title: "أظهر مواضع ذكره", onclick: (ev) => { ev.preventDefault(); focusEntity(body, e.id); } }, e.name),
    searchable ? el("a", { class: "tag", href: `#search?${new URLSearchParams({ entity: e.name })}`, title: "ابحث عنه في الأرشيف" }, "⌕") : null,
    el("span", { class: `tag ent-${e.type}` }, TYPE_NAMES[e.type] || e.type),
    (e.titles || []).length ? el("span", { class: "muted" }, " — ", e.titles.join("، ")) : null,
    el("span", { class: "muted" }, ` ×${(e.mentions || []).length}`)));
  const times = (a.times || []).map((t) => el("li", {},
    t.text, el("span", { class: "tag" }, t.value), t.mod ? el("span", { class: "tag" }, t.mod) : null));
  const quotes = (a.quotes || []).map((q) => el("li", {},
    el("strong", {}, q.speaker || "مصدر غير مسمّى"), ": «", q.text, "»"));
  const phrases = (a.keyphrases || []).map((k) => el("li", {}, k));
  const summary = (a.summary || []).map((s) => el("li", {}, s.text));
  const timeline = (a.timeline || []).map((t) => el("li", {},
    el("span", { class: "tag" }, t.value), " ", t.text));
  container.replaceChildren(
    header || "",
    document.getElementById("legend-template").content.cloneNode(true),
    el("div", { class: "article-layout" },
      body,
      el("div", {},
        panel("الملخص", summary, "لا ملخص."),
        panel("الكيانات", entities, "لم يُعثر على كيانات."),
        panel("الاقتباسات", quotes, "لا اقتباسات."),
        panel("التعبيرات الزمنية", times, "لا تعبيرات زمنية."),
        panel("العبارات المفتاحية", phrases, "لا عبارات."),
        panel("الخط الزمني", timeline, "لا أحداث مؤرخة."))));
}

// ---------------------------------------------------------------------------------------------
// Views and navigation (the state lives in location.hash so Back works)

function show(view) {
  for (const v of ["search", "timeline", "analyze", "article"]) $(`view-${v}`).hidden = v !== view;
  for (const b of document.querySelectorAll(".tabs button")) {
    b.setAttribute("aria-selected", String(b.dataset.view === view));
    if (b.dataset.view === "article" && view === "article") b.hidden = false;
  }
}

function navigate(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

function searchParams() {
  const hash = location.hash.replace(/^#/, "");
  return new URLSearchParams(hash.startsWith("search?") ? hash.slice(7) : "");
}

function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, ""));
  if (hash.startsWith("article/")) { show("article"); loadArticle(hash.slice(8)); }
  else if (hash === "analyze") show("analyze");
  else if (hash === "timeline" || hash.startsWith("timeline?")) {
    show("timeline");
    loadTimeline(new URLSearchParams(location.hash.replace(/^#timeline\??/, "")));
  }
  else { show("search"); runSearch(searchParams()); }
}

// ---------------------------------------------------------------------------------------------
// Search

const FACETS = [["source", "sources", "المصادر"], ["month", "months", "الأشهر"], ["entity", "entities", "الكيانات"]];
const PAGE = 10;

/** The hit's snippet (a slice of the article) with its matched words in <mark>. */
function snippetNode(hit) {
  const p = el("p", { class: "snippet" });
  const marks = (hit.highlights || []).map((h) => ({ ...spanOf(h), cls: "hit", tag: "mark" }));
  renderMarked(p, hit.snippet || "", marks);
  if (hit.snippet_start > 0) p.prepend("… ");
  return p;
}

function withParam(params, key, value) {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key); else next.set(key, value);
  next.delete("offset");
  return `#search?${next}`;
}

function renderFacets(params, facets) {
  const parts = [];
  for (const [key, name, label] of FACETS) {
    const values = (facets && facets[name]) || [];
    if (!values.length) continue;
    parts.push(el("h3", {}, label), el("ul", {}, values.map((f) => el("li", {},
      el("button", { type: "button", onclick: () => navigate(withParam(params, key, f.value)) },
        el("span", {}, f.label || f.value), el("span", { class: "count" }, f.count)),
      key === "entity" ? el("a", { class: "to-timeline", title: "الخط الزمني لهذا الكيان",
                                   href: `#timeline?${new URLSearchParams({ entity: f.value })}` }, "⏱") : ""))));
  }
  $("facets").replaceChildren(...parts);
  $("facets").parentElement.classList.toggle("no-facets", parts.length === 0);
  const chips = FACETS.filter(([key]) => params.get(key)).map(([key, , label]) =>
    el("button", { type: "button", class: "chip", title: "إزالة",
                   onclick: () => navigate(withParam(params, key, null)) }, `${label}: ${params.get(key)}`));
  $("filters").replaceChildren(...chips);
}

function renderHits(params, data) {
  const items = (data.hits || []).map((h) => el("li", {},
    el("h2", {}, el("a", { href: `#article/${encodeURIComponent(h.id)}` }, h.title || h.id)),
    el("div", { class: "meta" }, [h.source, h.date].filter(Boolean).join(" · ")),
    snippetNode(h)));
  $("results").replaceChildren(...items);
  const offset = data.offset || 0;
  const total = data.total || 0;
  $("search-summary").textContent = total
    ? `النتائج ${offset + 1}–${offset + items.length} من نحو ${total}`
    : "لا نتائج.";
  const page = (o) => { const p = new URLSearchParams(params); p.set("offset", o); navigate(`#search?${p}`); };
  $("pager").replaceChildren(
    offset > 0 ? el("button", { type: "button", onclick: () => page(Math.max(0, offset - PAGE)) }, "السابق") : "",
    offset + items.length < total ? el("button", { type: "button", onclick: () => page(offset + PAGE) }, "التالي") : "");
}

async function runSearch(params) {
  const q = params.get("q") || "";
  $("q").value = q;
  if (!q && !FACETS.some(([key]) => params.get(key))) {
    renderFacets(params, {});
    $("results").replaceChildren();
    $("pager").replaceChildren();
    $("search-summary").textContent = "اكتب كلمات البحث. تُطابق الكلمات بصيغها المختلفة (الهمزات، التاء المربوطة، السوابق واللواحق).";
    return;
  }
  const query = new URLSearchParams(params);
  query.set("k", PAGE);
  status("جارٍ البحث…");
  try {
    const data = await api(`/api/search?${query}`);
    renderFacets(params, data.facets);
    renderHits(params, data);
    status(data.took_ms !== undefined ? `زمن البحث ${data.took_ms} ملّي ثانية` : "");
  } catch (err) {
    status("");
    showError($("results"), err);
  }
}

// ---------------------------------------------------------------------------------------------
// Timeline across the archive: dated statements about an entity or a topic, by month

const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                "أكتوبر", "نوفمبر", "ديسمبر"];

function monthLabel(ym) {
  const [y, m] = (ym || "").split("-");
  const name = MONTHS[Number(m) - 1];
  return name ? `${name} ${y}` : (ym || "غير مؤرخ");
}

function timelineItem(it) {
  return el("li", {},
    el("span", { class: "when" }, it.when),
    it.kind === "quote" ? el("span", { class: "mark quote" }, it.speaker || "اقتباس") : "",
    el("p", {}, it.statement),
    el("div", { class: "meta" },
      el("a", { href: `#article/${encodeURIComponent(it.article_id)}` }, it.title || it.article_id),
      ` · ${[it.source, it.date].filter(Boolean).join(" · ")}`));
}

async function loadTimeline(params) {
  const entity = params.get("entity"), q = params.get("q");
  $("t-value").value = entity || q || "";
  $("t-entity").checked = !q;
  if (!entity && !q) {
    $("timeline-summary").textContent = "اكتب اسم كيان أو كلمات بحث لترى ما قيل عنه مؤرخاً، شهراً بشهر.";
    $("timeline").replaceChildren();
    return;
  }
  status("جارٍ بناء الخط الزمني…");
  try {
    const data = await api(`/api/timeline?${params}`);
    const items = data.items || [];
    const months = new Map();
    for (const it of items) {
      if (!months.has(it.month)) months.set(it.month, []);
      months.get(it.month).push(it);
    }
    $("timeline-summary").textContent = items.length
      ? `${items.length} عبارة مؤرخة في ${months.size} شهراً`
      : "لا عبارات مؤرخة.";
    $("timeline").replaceChildren(...[...months].map(([month, list]) => el("section", { class: "month" },
      el("h2", {}, monthLabel(month)), el("ol", { class: "timeline" }, list.map(timelineItem)))));
    status("");
  } catch (err) {
    status("");
    showError($("timeline"), err);
  }
}

// ---------------------------------------------------------------------------------------------
// Article and analyze views

async function loadArticle(id) {
  const box = $("article");
  box.replaceChildren(el("p", { class: "muted" }, "جارٍ التحميل…"));
  try {
    const data = await api(`/api/articles/${encodeURIComponent(id)}`);
    const header = el("p", { class: "meta" },
      [data.source, data.date, data.id].filter(Boolean).join(" · "), " ",
      data.url && /^https?:\/\//.test(data.url) ? el("a", { href: data.url, rel: "noopener noreferrer" }, "المصدر") : "");
    renderAnalysis(box, data, header, true);
    loadDuplicates(box, id);
  } catch (err) {
    showError(box, err);
  }
}

/** Adds the article's near-duplicates (republished copies) under its panels. */
async function loadDuplicates(box, id) {
  const side = box.querySelector(".article-layout > div:last-child");
  if (!side) return;
  try {
    const data = await api(`/api/dups?id=${encodeURIComponent(id)}`);
    const items = (data.duplicates || []).map((d) => el("li", {},
      el("a", { href: `#article/${encodeURIComponent(d.id)}` }, d.title || d.id),
      el("span", { class: "muted" }, ` ${[d.source, d.date].filter(Boolean).join(" · ")} — ${Math.round(d.similarity * 100)}٪`)));
    side.append(panel("نسخ مكررة أو قريبة", items, "لا نسخ مكررة."));
  } catch (err) {
    side.append(panel("نسخ مكررة أو قريبة", [], err.message));
  }
}

async function analyzeText(ev) {
  ev.preventDefault();
  const box = $("analysis");
  const title = $("a-title").value.trim();
  const body = $("a-body").value;
  const date = $("a-date").value;
  const request = title ? { title, body } : { text: body };
  if (date) request.date = date;
  status("جارٍ التحليل…");
  try {
    const data = await api("/api/analyze", request);
    renderAnalysis(box, data);
    status("");
  } catch (err) {
    status("");
    showError(box, err);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const b of document.querySelectorAll(".tabs button")) {
    b.addEventListener("click", () => {
      if (b.dataset.view === "analyze") navigate("#analyze");
      else if (b.dataset.view === "timeline") navigate("#timeline");
      else if (b.dataset.view === "search") navigate(`#search?${searchParams()}`);
      else show(b.dataset.view);
    });
  }
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate(withParam(searchParams(), "q", $("q").value.trim()));
  });
  $("analyze-form").addEventListener("submit", analyzeText);
  $("timeline-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const value = $("t-value").value.trim();
    const p = new URLSearchParams();
    if (value) p.set($("t-entity").checked ? "entity" : "q", value);
    navigate(`#timeline?${p}`);
  });
  window.addEventListener("hashchange", route);
  route();
});
