// Keeps what the user types in the justification in this browser until it is saved, so that an
// upload, a reload or a lost connection never throws a long text away.
(function () {
  var form = document.getElementById('entryForm');
  var area = document.getElementById('justification');
  if (!form || !area || !window.localStorage) { return; }
  var key = form.getAttribute('data-draft-key');
  var saved = localStorage.getItem(key);
  if (saved !== null && saved !== area.value && !area.disabled) {
    area.value = saved;
    document.getElementById('draftRestored').classList.remove('d-none');
  }
  area.addEventListener('input', function () { localStorage.setItem(key, area.value); });
  form.addEventListener('submit', function () { sessionStorage.setItem('submitted-' + key, '1'); });
  if (sessionStorage.getItem('submitted-' + key) && document.querySelector('[data-testid=flash-success]')) {
    localStorage.removeItem(key);
    sessionStorage.removeItem('submitted-' + key);
    area.value = area.defaultValue;
    document.getElementById('draftRestored').classList.add('d-none');
  }
})();
