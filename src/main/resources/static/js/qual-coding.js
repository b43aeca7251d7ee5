// Coding a free selection: when text inside one unit is selected, the code form also sends its start and end in
// Unicode code points (as stored); without a selection, or without JavaScript, the chosen unit is coded.
(function () {
  'use strict';
  var form = document.getElementById('code-form');
  var status = document.getElementById('selection-status');
  if (!form || !status) {
    return;
  }
  function codePoints(text) {
    return Array.from(text).length;
  }
  function unitOf(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element ? element.closest('[data-start]') : null;
  }
  function selected() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var unit = unitOf(range.startContainer);
    if (!unit || unit !== unitOf(range.endContainer) || range.toString().trim() === '') {
      return null;
    }
    var before = document.createRange();
    before.setStart(unit, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = Number(unit.dataset.start) + codePoints(before.toString());
    return {start: start, end: start + codePoints(range.toString()), text: range.toString()};
  }
  document.addEventListener('selectionchange', function () {
    var selection = selected();
    status.textContent = selection ? status.dataset.template.replace('{0}', selection.text.slice(0, 80)) : '';
  });
  form.addEventListener('submit', function () {
    var selection = selected();
    if (!selection) {
      return;
    }
    ['start', 'end'].forEach(function (name) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = String(selection[name]);
      form.appendChild(input);
    });
  });
})();
