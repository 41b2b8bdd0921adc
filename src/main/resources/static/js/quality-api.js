/*
 * The quality pages' calls to the JSON API, with the session's CSRF token. A problem the API answers with is shown
 * next to the field it names: the element marked data-field with that path, else the nearest one marked with a
 * shorter path (sections[1].criteria[0].text.he, then sections[1].criteria[0].text, ...), else the form's
 * data-problem box. The problem's own words are the API's (English), shown left to right inside any page.
 */
(function () {
  'use strict';

  function token() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function send(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
        'X-CSRF-TOKEN': token() },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        return { ok: response.ok, status: response.status, body: json };
      });
    });
  }

  function clear(root) {
    root.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
    root.querySelectorAll('.api-problem').forEach(function (el) { el.remove(); });
  }

  function target(root, field) {
    var path = field;
    while (path) {
      var found = null;
      root.querySelectorAll('[data-field]').forEach(function (el) {
        if (!found && el.getAttribute('data-field') === path) {
          found = el;
        }
      });
      if (found) {
        return found;
      }
      var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut > 0 ? path.substring(0, cut) : '';
    }
    return null;
  }

  /* Shows the problem of a failed call; message is the page's own words when the API gave none. */
  function show(root, result, message) {
    clear(root);
    var problem = (result && result.body) || {};
    var field = typeof problem.field === 'string' ? problem.field : null;
    var box = document.createElement('div');
    box.className = 'api-problem invalid-feedback d-block';
    box.setAttribute('role', 'alert');
    if (field) {
      box.setAttribute('data-problem-for', field);
      var name = document.createElement('bdi');
      name.dir = 'ltr';
      name.className = 'fw-semibold';
      name.textContent = field;
      box.appendChild(name);
      box.appendChild(document.createTextNode(': '));
    }
    var detail = document.createElement('bdi');
    detail.dir = 'ltr';
    detail.textContent = problem.detail || message;
    box.appendChild(detail);
    var el = field ? target(root, field) : null;
    if (el && el.hasAttribute('data-problem')) {
      el.appendChild(box);
    } else if (el) {
      el.classList.add('is-invalid');
      if (el.matches('input, select, textarea')) {
        el.insertAdjacentElement('afterend', box);
      } else {
        el.appendChild(box);
      }
    } else {
      (root.querySelector('[data-problem]') || root).appendChild(box);
    }
    // the problem goes once its field is changed
    var watched = el && !el.hasAttribute('data-problem') ? el : null;
    if (watched) {
      var done = function () {
        watched.classList.remove('is-invalid');
        box.remove();
        watched.removeEventListener('input', done);
        watched.removeEventListener('change', done);
      };
      watched.addEventListener('input', done);
      watched.addEventListener('change', done);
    }
    box.scrollIntoView({ block: 'center' });
    return box;
  }

  /* "{0} of {1}" with the page's digits. */
  function format(pattern, values) {
    return pattern.replace(/\{(\d+)\}/g, function (all, i) { return values[Number(i)]; });
  }

  /* A number in the page's digits, rounded half to even as the pages' own figures are. */
  function number(value, digits) {
    return Number(value).toLocaleString(document.documentElement.lang,
      { maximumFractionDigits: digits || 0, roundingMode: 'halfEven' });
  }

  window.TajribaApi = { send: send, show: show, clear: clear, format: format, number: number };
})();
