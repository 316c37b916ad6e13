// Keeps what the user types (level and justification) in this browser until it is saved, so that
// an upload, a reload, a lost connection or an ended session never throws a long text away. A draft
// is restored only onto the same stored version it was typed against: if a colleague saved since,
// the draft is dropped rather than silently overwriting their work. Drafts are per user.
(function () {
  var form = document.getElementById('entryForm');
  var area = document.getElementById('justification');
  if (!form || !area || !window.localStorage || area.disabled) { return; }
  var key = form.getAttribute('data-draft-key');
  var version = (form.querySelector('input[name=version]') || {}).value || '';
  var notice = document.getElementById('draftRestored');

  function level() {
    var checked = form.querySelector('input[name=level]:checked');
    var number = form.querySelector('input[type=number][name=level]');
    return checked ? checked.value : (number ? number.value : '');
  }
  function setLevel(value) {
    var radio = form.querySelector('input[name=level][value="' + value + '"]');
    var number = form.querySelector('input[type=number][name=level]');
    if (radio) { radio.checked = true; } else if (number) { number.value = value; }
  }

  var justSaved = document.querySelector('[data-testid=flash-success]') && sessionStorage.getItem('submitted-' + key);
  sessionStorage.removeItem('submitted-' + key);
  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(key)); } catch (e) { stored = null; }
  if (justSaved) {
    localStorage.removeItem(key);
  } else if (stored && stored.version !== version) {
    // a colleague saved since: show the old draft to copy from, never put it in the form
    localStorage.removeItem(key);
    if (stored.text && stored.text !== area.value) {
      document.getElementById('draftDroppedText').textContent = stored.text;
      document.getElementById('draftDropped').classList.remove('d-none');
    }
  } else if (stored && (stored.text !== area.value || stored.level !== level())) {
    area.value = stored.text;
    if (stored.level) { setLevel(stored.level); }
    notice.classList.remove('d-none');
  }
  function save() {
    localStorage.setItem(key, JSON.stringify({ version: version, text: area.value, level: level() }));
  }
  area.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('submit', function () { sessionStorage.setItem('submitted-' + key, '1'); });
})();
