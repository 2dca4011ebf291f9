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
  function apply() {
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var terms = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute('data-search') || '';
      var visible = on[card.getAttribute('data-severity')] === true && terms.every(function (t) { return text.indexOf(t) !== -1; });
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    var filtering = terms.length > 0 || boxes.some(function (box) { return !box.checked; });
    articles.forEach(function (article) {
      var own = article.querySelectorAll('.card');
      var visibleOwn = article.querySelectorAll('.card:not([hidden])');
      article.hidden = filtering && (own.length === 0 || visibleOwn.length === 0);
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
