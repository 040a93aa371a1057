// Progressive enhancement only: every page works without this script. It keeps the progress
// lines ("12 of 55 questions answered") up to date while a person answers, and moves focus to the
// list of problems when a page has one. It sends nothing anywhere and stores nothing.
(function () {
  'use strict';

  // A part of a question is answered when a radio button in it is chosen, or when it has drop-down
  // lists and every one of them has a value (the three UNGP criteria instead of a severity).
  function partDone(part) {
    if (part.querySelector('input[type=radio]:checked')) {
      return true;
    }
    var selects = part.querySelectorAll('select');
    if (selects.length === 0) {
      return false;
    }
    for (var i = 0; i < selects.length; i++) {
      if (selects[i].value === '') {
        return false;
      }
    }
    return true;
  }

  function groupDone(group) {
    var parts = group.querySelectorAll('[data-part]');
    if (parts.length === 0) {
      return partDone(group);
    }
    for (var i = 0; i < parts.length; i++) {
      if (!partDone(parts[i])) {
        return false;
      }
    }
    return true;
  }

  function ownedBy(scope, element) {
    return element.closest('[data-progress-scope]') === scope;
  }

  function update() {
    var scopes = document.querySelectorAll('[data-progress-scope]');
    for (var s = 0; s < scopes.length; s++) {
      var scope = scopes[s];
      var groups = scope.querySelectorAll('[data-group]');
      var done = 0;
      for (var g = 0; g < groups.length; g++) {
        var complete = groupDone(groups[g]);
        groups[g].classList.toggle('answered', complete);
        if (complete) {
          done++;
        }
      }
      var counts = scope.querySelectorAll('[data-progress-count]');
      for (var c = 0; c < counts.length; c++) {
        if (ownedBy(scope, counts[c])) {
          counts[c].textContent = String(done);
        }
      }
      var bars = scope.querySelectorAll('progress');
      for (var b = 0; b < bars.length; b++) {
        if (ownedBy(scope, bars[b])) {
          bars[b].value = done;
        }
      }
    }
  }

  document.addEventListener('change', update);
  document.addEventListener('DOMContentLoaded', function () {
    update();
    var problems = document.getElementById('problems');
    if (problems) {
      problems.focus();
    }
  });
})();
