/*
 * The review form: the total as the reviewer scores, by the rule the server applies (each answered criterion
 * (point - min) / (max - min), their mean weighted by the criteria's weights, 0 when a critical criterion got its
 * lowest point, N/A left out), and the review sent to POST /api/v1/reviews.
 */
(function () {
  'use strict';
  var form = document.getElementById('review-form');
  if (!form || !window.TajribaApi) {
    return;
  }
  var api = window.TajribaApi;
  var criteria = Array.prototype.slice.call(form.querySelectorAll('.criterion'));

  function chosen(criterion) {
    var checked = criterion.querySelector('input[type=radio]:checked');
    return checked ? checked.value : null;
  }

  function total() {
    var weighted = 0;
    var weights = 0;
    var answered = 0;
    var failed = false;
    criteria.forEach(function (c) {
      var value = chosen(c);
      if (value === null) {
        return;
      }
      answered++;
      if (value === 'na') {
        return;
      }
      var point = Number(value);
      var min = Number(c.dataset.min);
      var max = Number(c.dataset.max);
      var weight = Number(c.dataset.weight);
      weighted += weight * (point - min) / (max - min);
      weights += weight;
      if (c.dataset.critical === 'true' && point === min) {
        failed = true;
      }
    });
    var score = weights === 0 ? null : failed ? 0 : weighted / weights;
    document.getElementById('total-score').textContent = score === null ? '—' : api.number(score * 100, 1) + '%';
    document.getElementById('total-bar').style.width = score === null ? '0' : (score * 100) + '%';
    document.getElementById('total-autofail').classList.toggle('d-none', !failed);
    document.getElementById('total-answered').textContent = answered === 0 && criteria.length > 0
      ? form.dataset.msgNone : api.format(form.dataset.msgAnswered, [api.number(answered), api.number(criteria.length)]);
  }

  form.addEventListener('change', total);
  total();

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var scores = {};
    var comments = {};
    criteria.forEach(function (c) {
      var value = chosen(c);
      if (value !== null) {
        scores[c.dataset.key] = value === 'na' ? null : Number(value);
      }
      var comment = c.querySelector('textarea').value.trim();
      if (comment) {
        comments[c.dataset.key] = comment;
      }
    });
    var agent = document.getElementById('agent').value;
    var body = { scorecard: form.dataset.scorecard, interaction: form.dataset.interaction, agent: agent || null,
      scores: scores, comments: comments };
    if (form.dataset.assignment) {
      body.assignment = form.dataset.assignment;
    }
    var button = document.getElementById('submit-review');
    button.disabled = true;
    api.send('POST', form.dataset.api, body).then(function (result) {
      if (result.ok) {
        window.location.assign(form.dataset.page + result.body.id);
        return;
      }
      button.disabled = false;
      api.show(document.querySelector('main'), result, form.dataset.msgUnreachable);
    }, function () {
      button.disabled = false;
      api.show(document.querySelector('main'), null, form.dataset.msgUnreachable);
    });
  });
})();
