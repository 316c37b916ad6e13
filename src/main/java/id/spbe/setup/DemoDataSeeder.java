package id.spbe.setup;

import id.spbe.agency.Agencies;
import id.spbe.agency.Agency;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyUnit;
import id.spbe.evaluation.EvaluationPeriod;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data, idempotent: the reference scenario of DOMAIN.md (Pemerintah Kota Pangkalpinang, its
 * units, its period "Evaluasi SPBE 2021" on {@code spbe-2020} with the self-assessment filled in),
 * a second agency (Pemerintah Kabupaten Bangka Tengah) for trying isolation, and the demo logins
 * {@code admin}, {@code koordinator}, {@code operator}, {@code operator2}, {@code asesor}, all
 * with password {@code demo}.
 */
@Component
class DemoDataSeeder {

	static final String DEMO_PASSWORD = "demo";
	static final String PANGKALPINANG = "Pemerintah Kota Pangkalpinang";
	static final String PERIOD_2021 = "Evaluasi SPBE 2021";
	static final String BANGKA_TENGAH = "Pemerintah Kabupaten Bangka Tengah";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoMode demoMode;
	private final Agencies agencies;
	private final UserAccounts accounts;
	private final Evaluations evaluations;
	private final InstrumentCatalog instruments;
	private final UserDetailsService logins;
	private final DemoSelfAssessment selfAssessment;
	private final AssessorTeams teams;

	DemoDataSeeder(DemoMode demoMode, Agencies agencies, UserAccounts accounts, Evaluations evaluations,
			InstrumentCatalog instruments, UserDetailsService logins, DemoSelfAssessment selfAssessment,
			AssessorTeams teams) {
		this.teams = teams;
		this.demoMode = demoMode;
		this.agencies = agencies;
		this.accounts = accounts;
		this.evaluations = evaluations;
		this.instruments = instruments;
		this.logins = logins;
		this.selfAssessment = selfAssessment;
	}

	private CurrentUser login(String username) {
		return (CurrentUser) logins.loadUserByUsername(username);
	}

	void run() {
		if (!demoMode.isEnabled()) {
			return;
		}
		Agency city = agencies.findOrCreate(PANGKALPINANG, AgencyType.KOTA, "Kepulauan Bangka Belitung");
		long spbe2020 = instruments.currentId("spbe-2020")
				.orElseThrow(() -> new IllegalStateException("Instrument spbe-2020 is not loaded"));
		EvaluationPeriod period = evaluations.findOrCreatePeriod(2021, PERIOD_2021, spbe2020,
				LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 31), LocalDate.of(2021, 8, 1), LocalDate.of(2021, 9, 30));
		EvaluationView cityEvaluation = evaluations.findOrOpen(period.getId(), city.getId());
		AgencyUnit diskominfo = agencies.findOrCreateUnit(city.getId(), "Dinas Komunikasi dan Informatika");
		for (String unit : new String[] { "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan Daerah",
				"Badan Kepegawaian dan Pengembangan SDM", "Inspektorat", "Bagian Hukum Setda", "Bagian Organisasi Setda" }) {
			agencies.findOrCreateUnit(city.getId(), unit);
		}
		Agency regency = agencies.findOrCreate(BANGKA_TENGAH, AgencyType.KABUPATEN, "Kepulauan Bangka Belitung");
		EvaluationView regencyEvaluation = evaluations.findOrOpen(period.getId(), regency.getId());
		accounts.createIfAbsent("admin", DEMO_PASSWORD, "Admin KemenPANRB (demo)", Role.ADMIN, null);
		accounts.createIfAbsent("asesor", DEMO_PASSWORD, "Dr. Asesor Eksternal (demo)", Role.ASSESSOR, null);
		accounts.createIfAbsent("koordinator", DEMO_PASSWORD, "Koordinator Diskominfo Pangkalpinang (demo)",
				Role.AGENCY_COORDINATOR, city.getId());
		accounts.createIfAbsent("operator", DEMO_PASSWORD, "Operator Diskominfo Pangkalpinang (demo)",
				Role.AGENCY_OPERATOR, city.getId(), diskominfo.getId());
		accounts.createIfAbsent("operator2", DEMO_PASSWORD, "Operator Diskominfo Bangka Tengah (demo)",
				Role.AGENCY_OPERATOR, regency.getId());
		selfAssessment.fill(cityEvaluation, login("operator"), login("koordinator"));
		if (teams.team(cityEvaluation.id()).isEmpty()) {
			teams.assign(login("admin"), cityEvaluation.id(), login("asesor").getId(), true);
		}
		selfAssessment.fillOther(regencyEvaluation, login("operator2"));
		log.warn("DEMO MODE: demo accounts admin, koordinator, operator, operator2, asesor, all with password '{}'. "
				+ "Do not use demo mode for real data.", DEMO_PASSWORD);
	}
}
