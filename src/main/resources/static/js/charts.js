/*
 * What every chart page shares: the figures the page carries in data-charts on its root element, the reading
 * direction, one font, ECharts instances drawn as SVG without animation (legend icons after their text on
 * right-to-left pages, as the text is read), all resized with the window. ECharts shows a tooltip as HTML, and
 * names in it (channels, touchpoints, stages, personas) are typed by people: every formatter escapes what it
 * writes, and a tooltip without a formatter of its own gets one that does.
 */
window.TajribaCharts = function (rootId) {
  'use strict';
  var root = document.getElementById(rootId);
  if (!root || !window.echarts) {
    return null;
  }
  function escape(text) {
    return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function value(item) {
    var v = Array.isArray(item.value) ? item.value[item.value.length - 1] : item.value;
    return v === null || v === undefined || v === '-' ? '–'
      : typeof v === 'number' ? v.toLocaleString(document.documentElement.lang) : escape(v);
  }
  // the marker is ECharts' own coloured dot; everything else is escaped
  function safeTooltip(items) {
    if (Array.isArray(items)) {
      return (items.length ? escape(items[0].axisValueLabel !== undefined ? items[0].axisValueLabel : items[0].name) : '') +
        items.map(function (item) {
          return '<br>' + (item.marker || '') + escape(item.seriesName) + ' ' + value(item);
        }).join('');
    }
    return escape(items.seriesName) + '<br>' + (items.marker || '') + escape(items.name) + ' ' + value(items);
  }
  var rtl = document.documentElement.dir === 'rtl';
  var font = { fontFamily: 'system-ui, "DejaVu Sans", sans-serif' };
  var charts = [];
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  return {
    data: JSON.parse(root.getAttribute('data-charts')),
    rtl: rtl,
    font: font,
    escape: escape,
    chart: function (id, option) {
      var element = document.getElementById(id);
      if (!element) {
        return null;
      }
      var instance = echarts.init(element, null, { renderer: 'svg' });
      option.textStyle = font;
      if (option.legend) {
        option.legend.align = rtl ? 'right' : 'left';
      }
      option.animation = false;
      if (option.tooltip && !option.tooltip.formatter) {
        option.tooltip.formatter = safeTooltip;
      }
      instance.setOption(option);
      charts.push(instance);
      return instance;
    }
  };
};
