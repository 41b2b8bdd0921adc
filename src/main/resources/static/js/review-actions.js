/*
 * The steps of a review after scoring, sent to PATCH /api/v1/reviews/{id}: the reviewed agent acknowledges it or
 * disputes it with a comment; a reviewer resolves a dispute (accepted, partly accepted with new scores, rejected).
 * A done step reloads the page, which then shows it in the history.
 */
(function () {
  'use strict';
  var api = window.TajribaApi;
  if (!api) {
    return;
  }

  function root(el) {
    return el.closest('[data-problem-root]') || document.querySelector('main');
  }

  function patch(el, url, body, button) {
    button.disabled = true;
    var message = el.dataset.msgUnreachable || '';
    api.send('PATCH', url, body).then(function (result) {
      if (result.ok) {
        window.location.reload();
        return;
      }
      button.disabled = false;
      api.show(root(el), result, message);
    }, function () {
      button.disabled = false;
      api.show(root(el), null, message);
    });
  }

  document.querySelectorAll('[data-acknowledge]').forEach(function (button) {
    button.addEventListener('click', function () {
      patch(button, button.dataset.acknowledge, { action: 'acknowledge' }, button);
    });
  });

  var dispute = document.getElementById('dispute-form');
  if (dispute) {
    dispute.addEventListener('submit', function (event) {
      event.preventDefault();
      patch(dispute, dispute.dataset.api, { action: 'dispute', comment: dispute.querySelector('textarea').value },
        dispute.querySelector('button[type=submit]'));
    });
  }

  var resolve = document.getElementById('resolve-form');
  if (!resolve) {
    return;
  }
  var rescore = document.getElementById('rescore');
  function outcome() {
    var checked = resolve.querySelector('input[name=outcome]:checked');
    return checked ? checked.value : null;
  }
  resolve.addEventListener('change', function () {
    var chosen = outcome();
    rescore.classList.toggle('d-none', chosen === null || chosen === 'rejected');
  });
  resolve.addEventListener('submit', function (event) {
    event.preventDefault();
    var chosen = outcome();
    var body = { action: 'resolve', outcome: chosen, comment: document.getElementById('resolve-comment').value };
    if (chosen === 'partly' || chosen === 'accepted') {
      var scores = {};
      var changed = false;
      rescore.querySelectorAll('.rescore-criterion').forEach(function (c) {
        var checked = c.querySelector('input[type=radio]:checked');
        var value = checked ? checked.value : null;
        if (value !== c.dataset.original) {
          changed = true;
        }
        if (value !== null) {
          scores[c.dataset.key] = value === 'na' ? null : Number(value);
        }
      });
      // an accepted dispute keeps the scores unless the reviewer corrected them
      if (chosen === 'partly' || changed) {
        body.scores = scores;
      }
    }
    patch(resolve, resolve.dataset.api, body, document.getElementById('resolve'));
  });
})();
