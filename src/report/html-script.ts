/**
 * The report's only script, inlined and allowed by its hash in the CSP. It reads the `data-*` attributes
 * the renderer wrote and, in a large report, the fine citations' rows from inert <template> data; it never
 * parses markup: it sets `hidden`, `open`, one status text, and builds those rows with textContent.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var filters = document.getElementById('filters');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-severity-filter]'));
  var search = document.getElementById('search');
  var status = document.getElementById('filter-status');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
  var articles = Array.prototype.slice.call(document.querySelectorAll('.article'));
  if (!filters || !search || !status) return;
  filters.hidden = false;
  // Read once: at archive size, touching 50,000 elements per keystroke is what makes search slow.
  var articleIndex = new Map();
  articles.forEach(function (article, i) { articleIndex.set(article, i); });
  var items = cards.map(function (card) {
    return {
      card: card,
      severity: card.getAttribute('data-severity'),
      text: card.getAttribute('data-search') || '',
      article: articleIndex.has(card.parentElement) ? articleIndex.get(card.parentElement) : -1,
      visible: !card.hidden
    };
  });
  // Fine citations of a large report arrive as data (<template class="ok-rows">): their rows are built with
  // textContent, never from markup, when their article comes near the screen.
  var pending = articles.map(function () { return []; });
  Array.prototype.forEach.call(document.querySelectorAll('template.ok-rows'), function (template) {
    var at = articleIndex.has(template.parentElement) ? articleIndex.get(template.parentElement) : -1;
    if (at < 0) return;
    JSON.parse(template.content.textContent || '[]').forEach(function (row) {
      var item = { card: null, severity: 'ok', text: row[6] || '', article: at, visible: true, row: row, template: template };
      items.push(item);
      pending[at].push(item);
    });
  });
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function build(item) {
    var r = item.row;
    var card = el('article', 'card card-ok');
    card.id = r[0];
    card.setAttribute('data-severity', 'ok');
    card.setAttribute('aria-labelledby', r[0] + '-h');
    var heading = el('h4', '', r[1]);
    heading.id = r[0] + '-h';
    card.append(el('span', 'badge sev-ok', 'OK'), ' ', heading, ' ', el('code', 'where', r[2]), ' ', el('span', 'ok-text', r[3]), ' ');
    if (typeof r[4] === 'string' && (r[4].indexOf('https://') === 0 || r[4].indexOf('http://') === 0)) {
      var link = el('a', '', 'live post');
      link.href = r[4];
      link.rel = 'noopener noreferrer nofollow';
      link.referrerPolicy = 'no-referrer';
      card.append(link);
    } else card.append(el('span', 'empty', 'none'));
    if (r[5]) {
      var fetched = el('span', 'fetched', 'fetched ');
      fetched.append(el('time', '', r[5]));
      card.append(' ', fetched);
    }
    card.hidden = !item.visible;
    item.card = card;
    return card;
  }
  function materialize(at) {
    var list = pending[at];
    if (!list || list.length === 0) return;
    pending[at] = [];
    var fragment = document.createDocumentFragment();
    list.forEach(function (item) { fragment.append(build(item)); });
    list[0].template.before(fragment);
  }
  var near = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      materialize(articleIndex.get(entry.target));
      near.unobserve(entry.target);
    });
  }, { rootMargin: '1500px 0px' }) : null;
  articles.forEach(function (article, i) {
    if (pending[i].length === 0) return;
    if (near) near.observe(article); else materialize(i);
  });
  var ownCounts = articles.map(function () { return 0; });
  items.forEach(function (item) { if (item.article >= 0) ownCounts[item.article] += 1; });
  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var terms = search.value.toLowerCase().split(/s+/).filter(Boolean);
    var shown = 0;
    var shownIn = articles.map(function () { return 0; });
    items.forEach(function (item) {
      var text = item.text;
      var visible = on[item.severity] === true && terms.every(function (t) { return text.indexOf(t) !== -1; });
      if (visible !== item.visible) {
        if (item.card) item.card.hidden = !visible;
        item.visible = visible;
      }
      if (visible) {
        shown += 1;
        if (item.article >= 0) shownIn[item.article] += 1;
      }
    });
    var filtering = terms.length > 0 || boxes.some(function (box) { return !box.checked; });
    articles.forEach(function (article, i) {
      var hide = filtering && (ownCounts[i] === 0 || shownIn[i] === 0);
      if (article.hidden !== hide) article.hidden = hide;
    });
    status.textContent = 'Showing ' + shown + ' of ' + items.length + ' citations';
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  window.addEventListener('beforeprint', function () {
    articles.forEach(function (article, i) { materialize(i); });
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
})();
`;
