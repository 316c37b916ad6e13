package id.spbe.results;

/**
 * What the results page shows below the evaluation's header, rendered by {@code results/page.jte}
 * (the stage cards, the chart, the three tables, the what-if form and the national index values)
 * as one compiled template: the page has no form that needs Thymeleaf's binding, and the
 * template took 0.1-0.3 ms of the page's time (docs/performance.md, seventh session).
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
