// Progressive enhancement only: every page works without this file.
// A "Cetak" link opens the print dialog; without JavaScript it jumps to the receipt.
document.querySelectorAll('[data-print]').forEach(function (link) {
  link.addEventListener('click', function (event) {
    event.preventDefault();
    window.print();
  });
});
