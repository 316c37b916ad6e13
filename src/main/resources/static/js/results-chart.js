// Draws the results chart from the canvas's data-chart attribute: {labels, series: {name: [values]}, max}.
(function () {
  var canvas = document.getElementById('resultsChart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var colours = ['#6c757d', '#0d6efd', '#198754', '#fd7e14', '#6f42c1'];
  var datasets = Object.keys(data.series).map(function (name, i) {
    return { label: name, data: data.series[name], backgroundColor: colours[i % colours.length] };
  });
  new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: datasets },
    options: {
      // numbers in ticks and tooltips with the page's decimal separator (2,46 in Indonesian)
      locale: document.documentElement.lang || 'id',
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { min: 0, max: Number(data.max) } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
})();
