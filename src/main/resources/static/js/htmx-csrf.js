// htmx requests carry the page's CSRF token as a header (forms also send it in their body), and
// an answer that is no fragment of the page still reaches the user: a form whose save failed
// (busy, refused, server error) is sent again without htmx so the full page shows the reason, and
// an answer from elsewhere (the sign-in page after the session ended) is opened as a page.
(function () {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var asked = new URL(event.detail.requestConfig.path, window.location.href).pathname;
    if (xhr.responseURL && new URL(xhr.responseURL).pathname !== asked) {
      event.detail.shouldSwap = false;
      window.location.href = xhr.responseURL;
    }
  });
  document.body.addEventListener('htmx:responseError', function (event) {
    var form = event.detail.elt;
    if (form && form.tagName === 'FORM') {
      form.submit();
    }
  });
})();
