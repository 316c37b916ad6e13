// A checkbox with data-select-all="selector" ticks or clears every checkbox the selector names
// (the coordinator's "select all waiting" on the overview).
(function () {
  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll(all.getAttribute('data-select-all')).forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
})();
