/**
 * The report's only script, inlined and allowed by its hash in the CSP. It reads the `data-*` attributes
 * the renderer wrote (never inline JSON), and never writes markup: only `hidden`, `open` and one status text.
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
        item.card.hidden = !visible;
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
    status.textContent = 'Showing ' + shown + ' of ' + cards.length + ' citations';
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
})();
`;
