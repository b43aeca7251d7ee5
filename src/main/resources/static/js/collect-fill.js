/*
 * Live logic of the web form (collect/fill.html): after every change the page's answers, with those of other pages
 * (data-answers), are run through CollectExpr to recompute calculations, show or hide questions and show constraint
 * messages. Without this script the server does the same on each button press.
 */
(function () {
  'use strict';

  var form = document.getElementById('fill-form');
  if (!form || !window.CollectExpr) {
    return;
  }
  var E = window.CollectExpr;
  var stored = JSON.parse(form.getAttribute('data-answers') || '{}');
  var calculations = JSON.parse(form.getAttribute('data-calculations') || '[]');
  var repeats = JSON.parse(form.getAttribute('data-repeats') || '{}');
  var choiceLists = JSON.parse(form.getAttribute('data-choices') || '{}');
  var pulldataTables = JSON.parse(form.getAttribute('data-pulldata') || '{}');
  var parsed = {};
  var parsedFilters = {};

  function compiled(source, cache, parser) {
    cache = cache || parsed;
    if (!(source in cache)) {
      try {
        cache[source] = (parser || E.parse)(source);
      } catch (e) {
        cache[source] = null;
      }
    }
    return cache[source];
  }

  /** The answers as the page holds them now: stored ones overlaid with this page's inputs. */
  function answersNow() {
    var answers = Object.assign({}, stored);
    form.querySelectorAll('.fill-field').forEach(function (field) {
      var key = field.getAttribute('data-key');
      var kind = field.getAttribute('data-kind');
      var name = 'a.' + key;
      if (kind === 'select_multiple') {
        answers[key] = Array.from(form.querySelectorAll('input[name="' + CSS.escape(name) + '"]:checked'))
          .map(function (i) { return i.value; }).join(' ');
      } else if (kind === 'select_one') {
        var checked = form.querySelector('input[name="' + CSS.escape(name) + '"]:checked');
        answers[key] = checked ? checked.value : '';
      } else if (kind === 'acknowledge') {
        var box = form.querySelector('input[name="' + CSS.escape(name) + '"]');
        answers[key] = box && box.checked ? 'OK' : '';
      } else if (kind === 'geopoint') {
        var lat = form.querySelector('input[name="' + CSS.escape(name + '~lat') + '"]').value.trim();
        var lon = form.querySelector('input[name="' + CSS.escape(name + '~lon') + '"]').value.trim();
        answers[key] = lat === '' && lon === '' ? '' : (lat || '?') + ' ' + (lon || '?') + ' 0 0';
      } else if (kind !== 'note' && kind !== 'image' && kind !== 'file') {
        var input = form.querySelector('input[name="' + CSS.escape(name) + '"]');
        if (input) {
          var value = input.value.trim();
          answers[key] = (kind === 'time' && /^\d{2}:\d{2}$/.test(value)) || (kind === 'datetime' && /T\d{2}:\d{2}$/.test(value))
            ? value + ':00.000' : value;
        }
      }
    });
    return answers;
  }

  /** Names inside a repeat entry mean that entry's questions, as FormLogic resolves them. */
  function scoped(answers, scope, current) {
    var repeat = scope ? scope.substring(0, scope.indexOf('#')) : null;
    return {
      answer: function (name) {
        if (scope && (scope + '#' + name) in answers) {
          return answers[scope + '#' + name];
        }
        if (repeat && repeats[repeat] && repeats[repeat].indexOf(name) >= 0) {
          return '';
        }
        return answers[name] === undefined ? '' : answers[name];
      },
      current: function () { return current; },
      pulldata: pulldata
    };
  }

  /** The first row of the CSV whose key column holds the key, as FormData.pulldata reads it. */
  function pulldata(instance, column, keyColumn, key) {
    var rows = pulldataTables[instance] || [];
    for (var i = 0; i < rows.length; i++) {
      if (rows[i][keyColumn] === key) {
        return rows[i][column] === undefined ? '' : rows[i][column];
      }
    }
    return '';
  }

  function holds(source, answers, scope, current, otherwise) {
    var expr = source ? compiled(source) : null;
    if (!expr) {
      return otherwise;
    }
    try {
      return E.isTrue(expr, scoped(answers, scope, current));
    } catch (e) {
      return otherwise;
    }
  }

  function calculate(answers) {
    for (var pass = 0; pass < 2; pass++) {
      calculations.forEach(function (c) {
        var expr = compiled(c.expr);
        if (expr) {
          try {
            answers[c.key] = E.text(E.evaluate(expr, scoped(answers, c.scope, '')));
          } catch (e) {
            // left to the server, as there
          }
        }
      });
    }
  }

  function refresh(changed) {
    var answers = answersNow();
    calculate(answers);
    var shown = [];
    form.querySelectorAll('.fill-field').forEach(function (field) {
      var key = field.getAttribute('data-key');
      var scope = field.getAttribute('data-scope');
      var value = answers[key] || '';
      var relevant = holds(field.getAttribute('data-relevant'), answers, scope, value, true);
      field.hidden = !relevant;
      if (relevant) {
        shown.push(key);
      }
      if (changed && field.contains(changed)) {
        check(field, answers, scope, value);
      }
      if (field.getAttribute('data-choice-filter')) {
        narrow(field, answers, scope);
      }
    });
    form.querySelector('input[name="shown"]').value = shown.join(',');
  }

  /** Offers only the choices the field's choice filter allows now, keeping what is still ticked (FormLogic.offered). */
  function narrow(field, answers, scope) {
    var filter = compiled(field.getAttribute('data-choice-filter'), parsedFilters, E.parseFilter);
    var list = choiceLists[field.getAttribute('data-choice-list')];
    var fieldset = field.querySelector('fieldset');
    if (!filter || !list || !fieldset) {
      return;
    }
    var base = scoped(answers, scope, '');
    var allowed = list.filter(function (choice) {
      try {
        return E.isTrue(filter, {
          answer: base.answer,
          current: base.current,
          column: function (name) { return name === 'name' ? choice.name : (choice.columns[name] || ''); }
        });
      } catch (e) {
        return true;
      }
    });
    var boxes = Array.from(fieldset.querySelectorAll('.checkbox'));
    var other = boxes.filter(function (b) { return b.querySelector('input').value === 'other'; })[0];
    var listed = boxes.filter(function (b) { return b !== other; }).map(function (b) { return b.querySelector('input').value; });
    if (listed.join(' ') === allowed.map(function (c) { return c.name; }).join(' ')) {
      return;
    }
    var checked = boxes.filter(function (b) { return b.querySelector('input').checked; })
      .map(function (b) { return b.querySelector('input').value; });
    var key = field.getAttribute('data-key');
    var id = field.id.replace(/-field$/, '');
    var type = field.getAttribute('data-kind') === 'select_one' ? 'radio' : 'checkbox';
    boxes.forEach(function (b) { if (b !== other) { b.remove(); } });
    allowed.forEach(function (choice, i) {
      var box = document.createElement('div');
      box.className = 'checkbox';
      var input = document.createElement('input');
      input.type = type;
      input.id = id + '-' + i;
      input.name = 'a.' + key;
      input.value = choice.name;
      input.checked = checked.indexOf(choice.name) >= 0;
      var label = document.createElement('label');
      label.htmlFor = input.id;
      if (choice.image) {
        var image = document.createElement('img');
        image.src = choice.image;
        image.alt = choice.label;
        image.className = 'fill-choice-image';
        label.appendChild(image);
      }
      var text = document.createElement('span');
      text.textContent = choice.label;
      label.appendChild(text);
      box.appendChild(input);
      box.appendChild(label);
      fieldset.insertBefore(box, other || null);
    });
    if (other) {
      other.querySelector('input').id = id + '-' + allowed.length;
      other.querySelector('label').htmlFor = id + '-' + allowed.length;
    }
  }

  function check(field, answers, scope, value) {
    var error = field.querySelector('.field-error');
    if (!error || field.getAttribute('data-constraint') === null) {
      return;
    }
    var ok = value === '' || holds(field.getAttribute('data-constraint'), answers, scope, value, true);
    var control = field.querySelector('input:not([type=radio]):not([type=checkbox])') || field.querySelector('fieldset') || field;
    if (ok) {
      if (error.getAttribute('data-live')) {
        error.hidden = true;
        error.textContent = '';
        field.classList.remove('field--error');
        control.removeAttribute('aria-invalid');
      }
    } else {
      error.textContent = field.getAttribute('data-constraint-message');
      error.hidden = false;
      error.setAttribute('data-live', 'true');
      field.classList.add('field--error');
      control.setAttribute('aria-invalid', 'true');
      var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(error.id) < 0) {
        described.push(error.id);
        control.setAttribute('aria-describedby', described.join(' '));
      }
    }
  }

  form.addEventListener('change', function (event) { refresh(event.target); });
  form.addEventListener('input', function () { refresh(null); });

  form.querySelectorAll('.fill-locate').forEach(function (button) {
    if (!navigator.geolocation) {
      return;
    }
    button.hidden = false;
    var fieldset = button.closest('fieldset');
    var status = fieldset.querySelector('.fill-locate-status');
    button.addEventListener('click', function () {
      status.textContent = button.getAttribute('data-locating');
      navigator.geolocation.getCurrentPosition(function (position) {
        var inputs = fieldset.querySelectorAll('input');
        inputs[0].value = position.coords.latitude.toFixed(6);
        inputs[1].value = position.coords.longitude.toFixed(6);
        status.textContent = button.getAttribute('data-located');
        refresh(inputs[0]);
      }, function () {
        status.textContent = button.getAttribute('data-unlocated');
      }, {enableHighAccuracy: true, timeout: 20000});
    });
  });

  refresh(null);
})();
