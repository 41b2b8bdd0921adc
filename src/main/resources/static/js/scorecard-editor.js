/*
 * The scorecard editor: sections and criteria built from the card the page carries (data-card), added, removed and
 * moved in the page, and the whole card sent to POST /api/v1/scorecards (a new one) or PUT /api/v1/scorecards/{id}.
 * Each element is marked with the path the API names a bad field by (sections[1].criteria[0].weight), so that a
 * problem shows next to its field. A save that raised the version number made a new version; one that kept it
 * rewrote the wording of the current one.
 */
(function () {
  'use strict';
  var form = document.getElementById('scorecard-editor');
  if (!form || !window.TajribaApi) {
    return;
  }
  var api = window.TajribaApi;
  var sections = document.getElementById('sections');
  var sectionTemplate = document.getElementById('section-template');
  var criterionTemplate = document.getElementById('criterion-template');
  var readOnly = form.querySelector('fieldset').disabled;

  function role(root, name) {
    return root.querySelector('[data-role="' + name + '"]');
  }

  function nextKey() {
    var taken = {};
    form.querySelectorAll('[data-role="key"]').forEach(function (input) { taken[input.value] = true; });
    var n = 1;
    while (taken['criterion_' + n]) {
      n++;
    }
    return 'criterion_' + n;
  }

  function addCriterion(list, criterion) {
    var node = criterionTemplate.content.firstElementChild.cloneNode(true);
    role(node, 'key').value = criterion.key || nextKey();
    role(node, 'scale').value = criterion.scale || 'yes_no';
    role(node, 'weight').value = criterion.weight === undefined || criterion.weight === null ? 1 : criterion.weight;
    role(node, 'naAllowed').checked = !!criterion.naAllowed;
    role(node, 'critical').checked = !!criterion.critical;
    var text = criterion.text || {};
    node.querySelectorAll('[data-role="text"]').forEach(function (input) {
      input.value = text[input.dataset.lang] || '';
    });
    list.appendChild(node);
    return node;
  }

  function addSection(section) {
    var node = sectionTemplate.content.firstElementChild.cloneNode(true);
    role(node, 'title').value = section.title || '';
    var list = role(node, 'criteria');
    (section.criteria || []).forEach(function (c) { addCriterion(list, c); });
    sections.appendChild(node);
    return node;
  }

  /* Marks every element with the path the API gives its field, and enables the moves that can be made. */
  function mark() {
    Array.prototype.forEach.call(sections.children, function (section, s) {
      var at = 'sections[' + s + ']';
      section.dataset.field = at;
      role(section, 'title').dataset.field = at + '.title';
      role(section, 'criteria').dataset.field = at + '.criteria';
      section.querySelector('[data-action="section-up"]').disabled = readOnly || s === 0;
      section.querySelector('[data-action="section-down"]').disabled = readOnly || s === sections.children.length - 1;
      var criteria = role(section, 'criteria').children;
      Array.prototype.forEach.call(criteria, function (criterion, c) {
        var path = at + '.criteria[' + c + ']';
        criterion.dataset.field = path;
        ['key', 'scale', 'weight', 'naAllowed', 'critical'].forEach(function (name) {
          role(criterion, name).dataset.field = path + '.' + name;
        });
        role(criterion, 'texts').dataset.field = path + '.text';
        criterion.querySelectorAll('[data-role="text"]').forEach(function (input) {
          input.dataset.field = path + '.text.' + input.dataset.lang;
        });
        criterion.querySelector('[data-action="criterion-up"]').disabled = readOnly || c === 0;
        criterion.querySelector('[data-action="criterion-down"]').disabled = readOnly || c === criteria.length - 1;
      });
    });
  }

  function weight(value) {
    if (value === '') {
      return null;
    }
    return isNaN(Number(value)) ? value : Number(value);
  }

  function card() {
    return {
      name: document.getElementById('card-name').value,
      channel: document.getElementById('card-channel').value,
      sections: Array.prototype.map.call(sections.children, function (section) {
        return {
          title: role(section, 'title').value,
          criteria: Array.prototype.map.call(role(section, 'criteria').children, function (criterion) {
            var text = {};
            criterion.querySelectorAll('[data-role="text"]').forEach(function (input) {
              if (input.value.trim()) {
                text[input.dataset.lang] = input.value.trim();
              }
            });
            return { key: role(criterion, 'key').value.trim(), text: text, scale: role(criterion, 'scale').value,
              weight: weight(role(criterion, 'weight').value), naAllowed: role(criterion, 'naAllowed').checked,
              critical: role(criterion, 'critical').checked };
          })
        };
      })
    };
  }

  function move(node, up) {
    var other = up ? node.previousElementSibling : node.nextElementSibling;
    if (other) {
      node.parentNode.insertBefore(up ? node : other, up ? other : node);
    }
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button || readOnly) {
      return;
    }
    var section = button.closest('.section-card');
    var criterion = button.closest('.criterion');
    switch (button.dataset.action) {
      case 'add-section':
        addCriterion(role(addSection({ title: '', criteria: [] }), 'criteria'), {}).querySelector('input').focus();
        break;
      case 'section-up': move(section, true); break;
      case 'section-down': move(section, false); break;
      case 'section-remove': section.remove(); break;
      case 'add-criterion': addCriterion(role(section, 'criteria'), {}).querySelector('input').focus(); break;
      case 'criterion-up': move(criterion, true); break;
      case 'criterion-down': move(criterion, false); break;
      case 'criterion-remove': criterion.remove(); break;
      default: return;
    }
    mark();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    mark();
    api.clear(form);
    var saved = document.getElementById('saved');
    saved.classList.add('d-none');
    var id = form.dataset.id;
    var button = document.getElementById('save-scorecard');
    button.disabled = true;
    api.send(id ? 'PUT' : 'POST', id ? form.dataset.api + '/' + id : form.dataset.api, card()).then(function (result) {
      button.disabled = false;
      if (!result.ok) {
        api.show(form, result, form.dataset.msgUnreachable);
        return;
      }
      if (!id) {
        window.location.assign(form.dataset.page + result.body.id + '?created');
        return;
      }
      var before = Number(form.dataset.version);
      var now = result.body.version;
      saved.textContent = api.format(now > before ? form.dataset.msgNewVersion : form.dataset.msgRewritten,
        [api.number(now), api.number(before)]);
      saved.dataset.outcome = now > before ? 'new-version' : 'rewritten';
      saved.classList.remove('d-none');
      form.dataset.version = String(now);
      document.getElementById('version-badge').textContent = api.format(form.dataset.msgVersion, [api.number(now)]);
      saved.scrollIntoView({ block: 'center' });
    }, function () {
      button.disabled = false;
      api.show(form, null, form.dataset.msgUnreachable);
    });
  });

  var data = JSON.parse(form.dataset.card);
  document.getElementById('card-name').value = data.name || '';
  document.getElementById('card-channel').value = data.channel || 'call';
  (data.sections || []).forEach(addSection);
  mark();
})();
