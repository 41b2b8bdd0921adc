/*
 * The overview's charts, drawn with ECharts from the figures the page carries in data-charts. Right-to-left pages
 * read their axes from the right. A heat-map cell opens the responses behind it.
 */
(function () {
  'use strict';
  var page = window.TajribaCharts && window.TajribaCharts('overview-charts');
  if (!page) {
    return;
  }
  var data = page.data;
  var labels = data.labels;
  var rtl = page.rtl;
  var font = page.font;
  var chart = page.chart;
  var escape = page.escape;

  function number(value, digits) {
    return Number(value).toLocaleString(document.documentElement.lang, { maximumFractionDigits: digits });
  }

  // NPS over time: the line, and its 95% interval as a band (stacked: the low edge, then the width)
  chart('chart-trend', {
    grid: { left: 48, right: 48, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis', formatter: function (items) {
      var p = data.trend[items[0].dataIndex];
      return escape(p.period) + '<br>' + escape(labels.nps + ' ' + number(p.value, 1) + ' [' + number(p.low, 1) + ', ' +
        number(p.high, 1) + ']') + '<br>' + escape(labels.n + ' ' + number(p.n, 0) + (p.tooFew ? ' · ' + labels.tooFew : ''));
    } },
    xAxis: { type: 'category', inverse: rtl, data: data.trend.map(function (p) { return p.period; }) },
    yAxis: { type: 'value', min: -100, max: 100, position: rtl ? 'right' : 'left' },
    series: [
      { type: 'line', stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, data: data.trend.map(function (p) { return p.low; }) },
      { type: 'line', stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(13,110,253,0.15)' },
        data: data.trend.map(function (p) { return p.high - p.low; }) },
      { type: 'line', name: labels.nps, symbolSize: 7, color: '#0d6efd',
        data: data.trend.map(function (p) { return { value: p.value, itemStyle: { opacity: p.tooFew ? 0.35 : 1 } }; }) }
    ]
  });

  // emotions: the share of responses that picked each
  chart('chart-emotions', {
    grid: { left: 16, right: 16, top: 8, bottom: 24, containLabel: true },
    tooltip: { formatter: function (item) {
      var e = data.emotions[item.dataIndex];
      return escape(e.emotion + ': ' + number(e.share, 1) + '% (' + labels.n + ' ' + number(e.n, 0) + ')');
    } },
    xAxis: { type: 'value', inverse: rtl, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, position: rtl ? 'right' : 'left',
      data: data.emotions.map(function (e) { return e.emotion; }) },
    series: [{ type: 'bar', color: '#6f42c1', data: data.emotions.map(function (e) { return e.share; }) }]
  });

  // a metric by channel and touchpoint: red to green on the metric's own scale, pale where the answers are too few
  var scales = { nps: [-100, 100], csat: [0, 100], ces: [1, 7] };
  var scale = scales[data.heatMetric] || scales.nps;
  var heatLabel = labels[data.heatMetric] || labels.nps;
  var heat = chart('chart-heat', {
    grid: { left: 16, right: 16, top: 8, bottom: 64, containLabel: true },
    tooltip: { formatter: function (item) {
      var c = data.heat.cells[item.dataIndex];
      return escape(data.heat.channels[c.x] + ' · ' + data.heat.touchpoints[c.y]) + '<br>' +
        escape(heatLabel + ' ' + number(c.value, 1)) + '<br>' +
        escape(labels.n + ' ' + number(c.n, 0) + (c.tooFew ? ' · ' + labels.tooFew : ''));
    } },
    xAxis: { type: 'category', inverse: rtl, data: data.heat.channels, name: labels.channel, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', position: rtl ? 'right' : 'left', data: data.heat.touchpoints },
    visualMap: { min: scale[0], max: scale[1], calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
      inRange: { color: ['#dc3545', '#ffc107', '#198754'] }, textStyle: font },
    series: [{ type: 'heatmap', label: { show: true, formatter: function (item) {
      var c = data.heat.cells[item.dataIndex];
      return number(c.value, data.heatMetric === 'ces' ? 1 : 0) + '\n' + labels.n + ' ' + number(c.n, 0);
    } }, data: data.heat.cells.map(function (c) {
      return { value: [c.x, c.y, c.value], itemStyle: { opacity: c.tooFew ? 0.45 : 1 } };
    }) }]
  });
  if (heat) {
    heat.on('click', function (item) {
      var cell = data.heat.cells[item.dataIndex];
      if (cell && cell.link) {
        window.location.href = cell.link;
      }
    });
  }

  // importance against performance: what to fix first sits high on importance, low on performance
  var importances = data.drivers.map(function (d) { return d.importance; }).sort(function (a, b) { return a - b; });
  var performances = data.drivers.map(function (d) { return d.performance; }).sort(function (a, b) { return a - b; });
  function median(values) {
    if (!values.length) { return 0; }
    var middle = Math.floor(values.length / 2);
    return values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
  chart('chart-drivers', {
    grid: { left: 48, right: 48, top: 24, bottom: 40 },
    tooltip: { formatter: function (item) {
      var d = data.drivers[item.dataIndex];
      return escape(d.label) + '<br>' + escape(labels.importance + ' ' + number(d.importance, 1) + '%') + '<br>' +
        escape(labels.performance + ' ' + number(d.performance, 0));
    } },
    xAxis: { type: 'value', min: 0, max: 100, inverse: rtl, name: labels.performance, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'value', min: 0, position: rtl ? 'right' : 'left', name: labels.importance,
      axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'scatter', symbolSize: 14, data: data.drivers.map(function (d) {
      return { value: [d.performance, d.importance], name: d.label,
        itemStyle: { color: d.quadrant === 'fix_first' ? '#dc3545' : '#0d6efd' } };
    }), label: { show: true, position: 'top', formatter: '{b}' },
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#adb5bd' }, label: { show: false },
        data: [{ xAxis: median(performances) }, { yAxis: median(importances) }] } }]
  });
})();
