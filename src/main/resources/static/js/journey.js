/*
 * The journey page's charts, drawn with ECharts from the figures the page carries in data-charts: the emotion
 * curve across the stages, the flow from stage to stage, and the personas' reach online and offline. Stages flow
 * right to left on right-to-left pages, as the map's columns do: the axes are inverted, while the charts themselves
 * are laid out left to right (dir="ltr" on their elements), since an inherited rtl would flip every label's anchor.
 */
(function () {
  'use strict';
  var page = window.TajribaCharts && window.TajribaCharts('journey-charts');
  if (!page) {
    return;
  }
  var data = page.data;
  var labels = data.labels;
  var rtl = page.rtl;
  var chart = page.chart;

  function stageAxis() {
    return { type: 'category', inverse: rtl, data: data.stages, axisLabel: { interval: 0, width: 90, overflow: 'break' } };
  }

  // the emotion curve: the highs and lows a customer goes through, stage by stage
  // (no margins: the chart spans the stage columns, so that each point sits under its stage)
  chart('chart-emotion', {
    grid: { left: 0, right: 0, top: 32, bottom: 8 },
    legend: { top: 0, data: [labels.wentWell, labels.csat, labels.netSentiment] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', inverse: rtl, data: data.stages, axisLabel: { show: false }, axisTick: { show: false } },
    yAxis: { type: 'value', min: -100, max: 100, position: rtl ? 'right' : 'left',
      axisLabel: { inside: true, formatter: '{value}%', color: '#6c757d' } },
    series: [
      { type: 'line', name: labels.wentWell, data: data.wentWell, smooth: true, symbolSize: 8, color: '#198754', connectNulls: true },
      { type: 'line', name: labels.csat, data: data.csat, smooth: true, symbolSize: 8, color: '#0d6efd', connectNulls: true },
      { type: 'line', name: labels.netSentiment, data: data.netSentiment, smooth: true, symbolSize: 8, color: '#fd7e14', connectNulls: true,
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#adb5bd' } } }
    ]
  });

  // stage flow: of the customers reaching each stage, those going on to the next and those dropping off there
  chart('chart-flow', {
    grid: { left: 16, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.wentOn, labels.droppedOff] },
    tooltip: { trigger: 'axis' },
    xAxis: stageAxis(),
    yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
    series: [
      { type: 'bar', name: labels.wentOn, stack: 'flow', color: '#0d6efd',
        data: data.wentOn.map(function (v, i) { return v === null ? data.reached[i] : v; }) },
      { type: 'bar', name: labels.droppedOff, stack: 'flow', color: '#dc3545', data: data.droppedOff }
    ]
  });

  // the largest personas' reach of each stage, online against offline
  chart('chart-segments', {
    grid: { left: 16, right: 16, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll', data: data.segments.map(function (s) { return s.name; }) },
    tooltip: { trigger: 'axis' },
    xAxis: stageAxis(),
    yAxis: { type: 'value', max: 100, position: rtl ? 'right' : 'left', axisLabel: { formatter: '{value}%' } },
    series: data.segments.map(function (s, i) {
      return { type: 'line', name: s.name, data: s.reach, symbolSize: 6,
        lineStyle: { type: i % 2 === 0 ? 'solid' : 'dashed' } };
    })
  });
})();
