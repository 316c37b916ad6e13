package id.spbe.results;

/**
 * What the results page shows below the evaluation's header, rendered by {@code results/page.jte}
 * (the stage cards, the chart, the three tables, the what-if form and the national index values):
 * the whole page as one compiled template, since the rows alone left the page at about half the
 * cheapest page's throughput (docs/performance.md, seventh session).
 *
 * @param chartJson       the chart's labels and series for /js/results-chart.js
 * @param chartEmpty      true when no stage is complete: no chart
 * @param simulation      the what-if's result, or null
 * @param simulationError why the what-if was refused, or null
 * @param contextPath     the application's context path, for the page's links
 */
record ResultsPage(ResultTables tables, String chartJson, boolean chartEmpty, Simulation simulation,
		String simulationError, String contextPath) {
}
