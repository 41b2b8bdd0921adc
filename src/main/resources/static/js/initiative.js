/*
 * An initiative's chart: the treated units' and the controls' metric week by week, each with its 95% interval as a
 * band, and a vertical line at the launch. Weeks are labelled on the server in the workspace's calendar;
 * right-to-left pages read the weeks from the right. All text is escaped.
 */
(function () {
  'use strict';
  var page = window.TajribaCharts && window.TajribaCharts('initiative-charts');
  if (!page) {
    return;
  }
  var data = page.data;
  var labels = data.labels;
  var escape = page.escape;
  var rtl = page.rtl;
  var lang = document.documentElement.lang;
  var colors = { treated: '#0d6efd', control: '#6c757d' };

  function number(value, digits) {
    return Number(value).toLocaleString(lang, { maximumFractionDigits: digits });
  }
  function pick(group, field) {
    return data.weeks.map(function (w) {
      var f = w[group];
      return f ? f[field] : null;
    });
  }
  // a week's interval joined to the next week's as one quadrilateral: stacking cannot draw a band below zero (NPS)
  function band(group, color) {
    var weeks = data.weeks;
    return {
      type: 'custom', silent: true, z: 1, encode: { x: 0, y: [1, 2] },
      data: weeks.map(function (w, i) {
        var f = w[group];
        return f ? [i, f.low, f.high] : [i, '-', '-'];
      }),
      renderItem: function (params, api) {
        var i = params.dataIndex;
        var a = weeks[i][group];
        var b = i + 1 < weeks.length ? weeks[i + 1][group] : null;
        if (!a || !b) {
          return null;
        }
        return { type: 'polygon', shape: { points: [api.coord([i, a.low]), api.coord([i + 1, b.low]),
          api.coord([i + 1, b.high]), api.coord([i, a.high])] }, style: { fill: color, opacity: 0.15 } };
      }
    };
  }
  function line(group) {
    return { type: 'line', name: labels[group], color: colors[group], symbolSize: 6, data: pick(group, 'value') };
  }
  var groups = data.hasControl ? ['treated', 'control'] : ['treated'];
  var series = [];
  groups.forEach(function (g) { series.push(band(g, colors[g])); });
  groups.forEach(function (g) { series.push(line(g)); });
  if (data.launch >= 0) {
    series[series.length - 1].markLine = {
      symbol: 'none', silent: true, lineStyle: { color: '#dc3545', type: 'dashed', width: 1.5 },
      label: { formatter: labels.launch, position: 'end', color: '#dc3545' },
      data: [{ xAxis: data.launch }]
    };
  }

  page.chart('chart-weeks', {
    grid: { left: 48, right: 48, top: 56, bottom: 40 },
    legend: { top: 0, data: groups.map(function (g) { return labels[g]; }) },
    tooltip: { trigger: 'axis', formatter: function (items) {
      var w = data.weeks[items[0].dataIndex];
      var text = escape(labels.week + ' ' + w.label);
      groups.forEach(function (g) {
        var f = w[g];
        text += '<br>' + escape(labels[g] + ': ' + (f ? number(f.value, 1) + ' [' + number(f.low, 1) + ', ' +
          number(f.high, 1) + '] · ' + labels.n + ' ' + number(f.n, 0) : '–'));
      });
      return text;
    } },
    xAxis: { type: 'category', inverse: rtl, boundaryGap: false, data: data.weeks.map(function (w) { return w.label; }),
      axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, position: rtl ? 'right' : 'left', name: data.metric,
      nameTextStyle: { align: rtl ? 'right' : 'left' } },
    series: series
  });
})();
