/*
 * The loop page's chart: cases opened and closed per week. Its figures are dates and counts, its words the
 * page's own labels; all of it is escaped before it goes into a tooltip all the same.
 */
(function () {
  'use strict';
  var page = window.TajribaCharts && window.TajribaCharts('loop-charts');
  if (!page) {
    return;
  }
  var data = page.data;
  var labels = data.labels;
  var escape = page.escape;
  function number(value) {
    return Number(value).toLocaleString(document.documentElement.lang);
  }
  function day(iso) {
    return new Date(iso + 'T12:00:00Z').toLocaleDateString(document.documentElement.lang, { month: 'short', day: 'numeric' });
  }
  page.chart('chart-weeks', {
    grid: { left: 40, right: 40, top: 32, bottom: 32 },
    legend: { top: 0, data: [labels.opened, labels.closed] },
    tooltip: { trigger: 'axis', formatter: function (items) {
      var w = data.weeks[items[0].dataIndex];
      return escape(labels.week + ' ' + day(w.week)) + '<br>' + escape(labels.opened + ' ' + number(w.opened)) + '<br>' +
        escape(labels.closed + ' ' + number(w.closed));
    } },
    xAxis: { type: 'category', inverse: page.rtl, data: data.weeks.map(function (w) { return day(w.week); }) },
    yAxis: { type: 'value', minInterval: 1, position: page.rtl ? 'right' : 'left' },
    series: [
      { type: 'bar', name: labels.opened, color: '#0d6efd', data: data.weeks.map(function (w) { return w.opened; }) },
      { type: 'bar', name: labels.closed, color: '#198754', data: data.weeks.map(function (w) { return w.closed; }) }
    ]
  });
})();
