/*
 * What every chart page shares: the figures the page carries in data-charts on its root element, the reading
 * direction, one font, ECharts instances drawn as SVG without animation (legend icons after their text on
 * right-to-left pages, as the text is read), all resized with the window.
 */
window.TajribaCharts = function (rootId) {
  'use strict';
  var root = document.getElementById(rootId);
  if (!root || !window.echarts) {
    return null;
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
      instance.setOption(option);
      charts.push(instance);
      return instance;
    }
  };
};
