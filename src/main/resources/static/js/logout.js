// Signing out leaves no unsaved drafts behind for the next person at this computer.
(function () {
  var form = document.getElementById('logoutForm');
  if (!form || !window.localStorage) { return; }
  form.addEventListener('submit', function () {
    Object.keys(localStorage).filter(function (k) { return k.indexOf('draft-') === 0; })
      .forEach(function (k) { localStorage.removeItem(k); });
  });
})();
