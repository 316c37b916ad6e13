// Refuses a file over the limit before sending it, so that nobody waits minutes for a refusal.
(function () {
  document.querySelectorAll('form[data-max-bytes]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var max = Number(form.getAttribute('data-max-bytes'));
      var input = form.querySelector('input[type=file]');
      if (input && input.files.length && input.files[0].size > max) {
        event.preventDefault();
        input.setCustomValidity(form.getAttribute('data-too-large'));
        input.reportValidity();
        input.addEventListener('change', function () { input.setCustomValidity(''); }, { once: true });
      }
    });
  });
})();
