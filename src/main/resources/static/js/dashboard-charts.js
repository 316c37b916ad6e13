// Draws the dashboard's histograms from each canvas's data-chart attribute: {labels, series: {name: [counts]}}.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#6c757d', '#0d6efd'];
  document.querySelectorAll('canvas.dashboard-chart').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = Object.keys(data.series).map(function (name, i) {
      return { label: name, data: data.series[name], backgroundColor: colours[i % colours.length] };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
