package id.spbe.dashboard;

import id.spbe.Fixtures;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small period of its own for the dashboard tests: agencies opened through the evaluation
 * module (one entry per indicator), then levels, texts, approvals, evidence and states written
 * with SQL, as the national seeder does, so that every figure is chosen by the test.
 */
final class DashboardTestData {

	final JdbcTemplate jdbc;
	final Agencies agencies;
	final Evaluations evaluations;
	final long periodId;
	final long admin;
	final String tag = UUID.randomUUID().toString().substring(0, 8);

	DashboardTestData(JdbcTemplate jdbc, Agencies agencies, Evaluations evaluations, InstrumentCatalog instruments,
			Fixtures fixtures, String name) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.evaluations = evaluations;
		long instrument = instruments.currentId("pemdi-2026").orElseThrow();
		this.periodId = evaluations.findOrCreatePeriod(new Evaluations.NewPeriod(2030, name + " " + tag, instrument,
				LocalDate.of(2030, 3, 1), LocalDate.of(2030, 5, 31), null, null)).id();
		this.admin = fixtures.login("admin").getId();
	}

	/** A new agency evaluated in the period; its evaluation id. */
	long agency(String name, AgencyType type, String province) {
		long agency = agencies.findOrCreate(name + " " + tag, type, province).id();
		return evaluations.findOrOpen(periodId, agency).id();
	}

	void levels(long evaluation, String stage, Map<Integer, BigDecimal> values) {
		values.forEach((n, v) -> jdbc.update("""
				insert into stage_score (assessment_id, stage, value, set_by, set_at)
				select id, ?, ?, ?, now() from indicator_assessment where evaluation_id = ? and indicator_number = ?
				on conflict (assessment_id, stage) do update set value = excluded.value""", stage, v, admin, evaluation, n));
	}

	void justify(long evaluation, int... numbers) {
		for (int n : numbers) {
			jdbc.update("update indicator_assessment set justification = 'Penjelasan' where evaluation_id = ? and indicator_number = ?",
					evaluation, n);
		}
	}

	void approve(long evaluation, int... numbers) {
		for (int n : numbers) {
			jdbc.update("update indicator_assessment set approved_by = ?, approved_at = now() where evaluation_id = ? "
					+ "and indicator_number = ?", admin, evaluation, n);
		}
	}

	/** One link as evidence of each indicator; returns the last evidence id. */
	long evidence(long evaluation, int... numbers) {
		long id = -1;
		for (int n : numbers) {
			id = jdbc.queryForObject("""
					insert into evidence (evaluation_id, kind, title, url, accessed_on, hidden, created_by, created_at)
					values (?, 'LINK', 'Bukti', 'https://bukti.example.go.id', date '2030-03-02', false, ?, now()) returning id""",
					Long.class, evaluation, admin);
			jdbc.update("""
					insert into evidence_use (evidence_id, assessment_id, supported_levels, created_by, created_at)
					select ?, id, '1,2,3,4,5', ?, now() from indicator_assessment where evaluation_id = ? and indicator_number = ?""",
					id, admin, evaluation, n);
		}
		return id;
	}

	void state(long evaluation, String state) {
		jdbc.update("update evaluation set state = ? where id = ?", state, evaluation);
	}
}
