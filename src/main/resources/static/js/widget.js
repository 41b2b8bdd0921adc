/*
 * Tajriba web widget: a feedback button that opens a survey in a panel on the company's own page.
 *   <script src="https://tajriba.example.com/js/widget.js" data-survey="KEY" async></script>
 * Optional attributes: data-lang (else the page's language, else the browser's), data-customer with data-signature
 * (the company's backend signs the customer's id with the widget's secret; unsigned, the visitor is anonymous),
 * data-channel, data-touchpoint, data-interaction. Right-to-left languages put the button and the panel on the left.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.getAttribute('data-survey')) {
    return;
  }
  var origin = new URL(script.src, document.baseURI);
  var base = origin.href.replace(/\/js\/widget\.js(\?.*)?$/, '');
  var lang = (script.getAttribute('data-lang') || document.documentElement.lang || navigator.language || 'en')
    .toLowerCase().split(/[-_]/)[0];
  var rtl = ['fa', 'ar', 'he'].indexOf(lang) >= 0;
  var words = {
    en: ['Feedback', 'Close'], fa: ['بازخورد', 'بستن'], ar: ['رأيك', 'إغلاق'], he: ['משוב', 'סגירה']
  }[lang] || ['Feedback', 'Close'];
  var side = rtl ? 'left' : 'right';
  var panel = null;

  function address() {
    var params = new URLSearchParams({ lang: lang });
    ['customer', 'signature', 'channel', 'touchpoint', 'interaction'].forEach(function (name) {
      var value = script.getAttribute('data-' + name);
      if (value) {
        params.set(name, value);
      }
    });
    return base + '/s/widget/' + encodeURIComponent(script.getAttribute('data-survey')) + '?' + params.toString();
  }

  function style(element, rules) {
    Object.keys(rules).forEach(function (key) { element.style[key] = rules[key]; });
  }

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'tajriba-widget-button';
  button.textContent = words[0];
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.dir = rtl ? 'rtl' : 'ltr';
  style(button, { position: 'fixed', bottom: '1.25rem', zIndex: '2147483000', padding: '.6rem 1.1rem',
    border: '0', borderRadius: '2rem', background: '#0d6efd', color: '#fff', font: '600 15px system-ui, sans-serif',
    boxShadow: '0 4px 14px rgba(0,0,0,.25)', cursor: 'pointer' });
  button.style[side] = '1.25rem';

  function open() {
    panel = document.createElement('div');
    panel.className = 'tajriba-widget-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', words[0]);
    style(panel, { position: 'fixed', bottom: '4.5rem', width: 'min(26rem, calc(100vw - 2rem))',
      height: 'min(36rem, calc(100vh - 6rem))', zIndex: '2147483000', background: '#fff', borderRadius: '.75rem',
      boxShadow: '0 8px 30px rgba(0,0,0,.3)', overflow: 'hidden' });
    panel.style[side] = '1rem';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', words[1]);
    style(close, { position: 'absolute', top: '.25rem', border: '0', background: 'transparent',
      font: '24px system-ui, sans-serif', cursor: 'pointer', lineHeight: '1' });
    close.style[rtl ? 'left' : 'right'] = '.5rem';
    close.addEventListener('click', toggle);
    var frame = document.createElement('iframe');
    frame.src = address();
    frame.title = words[0];
    style(frame, { border: '0', width: '100%', height: '100%' });
    panel.appendChild(frame);
    panel.appendChild(close);
    document.body.appendChild(panel);
    button.setAttribute('aria-expanded', 'true');
  }

  function toggle() {
    if (panel) {
      panel.remove();
      panel = null;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    } else {
      open();
    }
  }

  button.addEventListener('click', toggle);
  function mount() { document.body.appendChild(button); }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
