// The printable record's "Print this page" button (the console's CSP allows no inline script).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-now');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
