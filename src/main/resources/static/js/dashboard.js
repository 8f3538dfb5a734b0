// Charts for the SLA dashboard. Every figure is also in the tables next to them, so the page
// works without JavaScript; the data come from the canvas's data-chart attribute.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#0b5cad', '#e07b00', '#2e8540', '#a4161a', '#6f42c1', '#00838f', '#c2185b', '#7a6a00', '#4a5560'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    var percent = spec.kind === 'percent';
    // Room for every bar, however many units there are.
    var bars = spec.labels.length * (percent ? spec.datasets.length : 1);
    canvas.parentNode.style.display = 'block';
    canvas.parentNode.style.height = Math.max(10, 4 + bars * (percent ? 1.2 : 2)) + 'rem';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (dataset, i) {
          return { label: dataset.label, data: dataset.data, backgroundColor: colours[i % colours.length],
                   minBarLength: percent ? 4 : 0 };
        })
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: !percent, beginAtZero: true, max: percent ? 100 : undefined,
               ticks: { precision: 0, callback: function (value) { return percent ? value + ' %' : value; } } },
          y: { stacked: !percent }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
