// Interview attendees: "add a row" copies the side's <template> row without saving the form, up
// to the server's bound per side (data-max-rows); blank rows are ignored when saved.
(function () {
  document.querySelectorAll('button[data-add-row]').forEach(function (button) {
    var side = button.getAttribute('data-add-row');
    var rows = document.getElementById(side + '-rows');
    var template = document.getElementById(side + '-row');
    var max = parseInt(button.getAttribute('data-max-rows'), 10);
    function full() { return rows.children.length >= max; }
    button.disabled = button.disabled || full();
    button.addEventListener('click', function () {
      if (full()) { return; }
      var row = template.content.firstElementChild.cloneNode(true);
      var n = String(rows.children.length + 1);
      row.querySelectorAll('input').forEach(function (input) {
        input.setAttribute('aria-label', input.getAttribute('aria-label').replace('#', n));
      });
      rows.appendChild(row);
      row.querySelector('input').focus();
      button.disabled = full();
    });
  });
})();
