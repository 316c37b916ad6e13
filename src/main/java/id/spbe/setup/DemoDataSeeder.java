package id.spbe.setup;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.agency.AgencyType;
import id.spbe.agency.UnitView;
import id.spbe.evaluation.PeriodView;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.externalindex.ExternalIndices;
import id.spbe.externalindex.ExternalScoreView;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;
import java.util.Map;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import id.spbe.common.Wib;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data, idempotent, so that every role has work to try: the reference scenario of docs/domain.md
 * (Pemerintah Kota Pangkalpinang, "Evaluasi SPBE 2021" on {@code spbe-2020}, in the interview
 * stage), Pangkalpinang's "Evaluasi Pemdi 2026" in self-assessment, and a second agency
 * (Pemerintah Kabupaten Bangka Tengah) with a finalised 2021 evaluation and a submitted Pemdi
 * 2026 one waiting for the document review. Demo logins {@code admin}, {@code asesor} (team
 * lead of all four), {@code asesor2} (member on Pangkalpinang 2021), {@code koordinator},
 * {@code operator} (Pangkalpinang), {@code koordinator2}, {@code operator2} (Bangka Tengah), all
 * with password {@code demo}.
 */
@Component
class DemoDataSeeder {

	static final String DEMO_PASSWORD = "demo";
	static final String PANGKALPINANG = "Pemerintah Kota Pangkalpinang";
	static final String PERIOD_2021 = "Evaluasi SPBE 2021";
	static final String BANGKA_TENGAH = "Pemerintah Kabupaten Bangka Tengah";
	static final String PERIOD_PEMDI_2026 = "Evaluasi Pemdi 2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoMode demoMode;
	private final Agencies agencies;
	private final UserAccounts accounts;
	private final Evaluations evaluations;
	private final InstrumentCatalog instruments;
	private final UserDetailsService logins;
	private final DemoSelfAssessment selfAssessment;
	private final AssessorTeams teams;
	private final DemoFiller filler;
	private final DemoReview review;
	private final Clock clock;
	private final ExternalIndices external;
	private final DemoMailAddresses mailAddresses;

	DemoDataSeeder(DemoMode demoMode, Agencies agencies, UserAccounts accounts, Evaluations evaluations,
			InstrumentCatalog instruments, UserDetailsService logins, DemoSelfAssessment selfAssessment,
			AssessorTeams teams, DemoFiller filler, DemoReview review, Clock clock, ExternalIndices external,
			DemoMailAddresses mailAddresses) {
		this.clock = clock;
		this.mailAddresses = mailAddresses;
		this.external = external;
		this.filler = filler;
		this.review = review;
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
		AgencyView city = agencies.findOrCreate(PANGKALPINANG, AgencyType.KOTA, "Kepulauan Bangka Belitung");
		UnitView diskominfo = agencies.findOrCreateUnit(city.id(), "Dinas Komunikasi dan Informatika");
		for (String unit : new String[] { "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan Daerah",
				"Badan Kepegawaian dan Pengembangan SDM", "Inspektorat", "Bagian Hukum Setda", "Bagian Organisasi Setda" }) {
			agencies.findOrCreateUnit(city.id(), unit);
		}
		AgencyView regency = agencies.findOrCreate(BANGKA_TENGAH, AgencyType.KABUPATEN, "Kepulauan Bangka Belitung");
		accounts.createIfAbsent("admin", DEMO_PASSWORD, "Admin KemenPANRB (demo)", Role.ADMIN, null);
		accounts.createIfAbsent("asesor", DEMO_PASSWORD, "Dr. Asesor Eksternal (demo)", Role.ASSESSOR, null);
		accounts.createIfAbsent("asesor2", DEMO_PASSWORD, "Rina Kartikasari, M.Kom. (demo)", Role.ASSESSOR, null);
		accounts.createIfAbsent("koordinator", DEMO_PASSWORD, "Koordinator Diskominfo Pangkalpinang (demo)",
				Role.AGENCY_COORDINATOR, city.id());
		accounts.createIfAbsent("operator", DEMO_PASSWORD, "Operator Diskominfo Pangkalpinang (demo)",
				Role.AGENCY_OPERATOR, city.id(), diskominfo.id());
		accounts.createIfAbsent("koordinator2", DEMO_PASSWORD, "Koordinator Diskominfo Bangka Tengah (demo)",
				Role.AGENCY_COORDINATOR, regency.id());
		accounts.createIfAbsent("operator2", DEMO_PASSWORD, "Operator Diskominfo Bangka Tengah (demo)",
				Role.AGENCY_OPERATOR, regency.id());
		// addresses before anything happens, so that the outbox shows what the demo's own steps would send
		mailAddresses.give();
		CurrentUser lead = login("asesor");

		long spbe2020 = instruments.currentId("spbe-2020")
				.orElseThrow(() -> new IllegalStateException("Instrument spbe-2020 is not loaded"));
		PeriodView period2021 = evaluations.findOrCreateOpenPeriod(windowsAroundToday(2021, PERIOD_2021, spbe2020));
		long pemdi2026 = instruments.currentId("pemdi-2026")
				.orElseThrow(() -> new IllegalStateException("Instrument pemdi-2026 is not loaded"));
		PeriodView periodPemdi = evaluations.findOrCreateOpenPeriod(windowsAroundToday(2026, PERIOD_PEMDI_2026, pemdi2026));

		// Pangkalpinang 2021: the reference scenario, in the interview stage
		EvaluationView city2021 = evaluations.findOrOpen(period2021.id(), city.id());
		team(city2021, lead, login("asesor2"));
		selfAssessment.fill(city2021, login("operator"), login("koordinator"));
		filler.completeAndSubmit(city2021, login("operator"), login("koordinator"), n -> 2, "Kota Pangkalpinang");
		review.cityToInterview(city2021, lead);

		// Pangkalpinang, Pemdi 2026: a self-assessment under way, for the agency users to try
		EvaluationView cityPemdi = evaluations.findOrOpen(periodPemdi.id(), city.id());
		team(cityPemdi, lead, null);
		filler.start(cityPemdi, login("operator"), 3, n -> 2, "Kota Pangkalpinang");

		// Bangka Tengah 2021: scored at every stage and finalised
		EvaluationView regency2021 = evaluations.findOrOpen(period2021.id(), regency.id());
		team(regency2021, lead, null);
		filler.completeAndSubmit(regency2021, login("operator2"), login("koordinator2"), n -> 2 + n % 3,
				"Kabupaten Bangka Tengah");
		review.regencyFinalised(regency2021, lead);

		// Bangka Tengah, Pemdi 2026: submitted, waiting for the document review
		EvaluationView regencyPemdi = evaluations.findOrOpen(periodPemdi.id(), regency.id());
		team(regencyPemdi, lead, null);
		filler.completeAndSubmit(regencyPemdi, login("operator2"), login("koordinator2"), n -> 2 + n % 2,
				"Kabupaten Bangka Tengah");
		nationalIndices(regencyPemdi);

		log.warn("DEMO MODE: demo accounts admin, asesor, asesor2, koordinator, operator, koordinator2, operator2, "
				+ "all with password '{}'. Do not use demo mode for real data.", DEMO_PASSWORD);
	}

	/**
	 * Windows in order around today (the one clock): self-assessment from 60 days ago to 30 days
	 * ahead, then a month each for document review, interview and final. The demo's agency users
	 * write on whatever day it runs, and the seeder itself writes as them; the server refuses agency
	 * writes outside the window.
	 */
	private Evaluations.NewPeriod windowsAroundToday(int year, String name, long instrumentId) {
		LocalDate today = Wib.today(clock);
		return new Evaluations.NewPeriod(year, name, instrumentId, today.minusDays(60), today.plusDays(30),
				today.plusDays(31), today.plusDays(60), today.plusDays(61), today.plusDays(90), today.plusDays(91),
				today.plusDays(120));
	}

	/**
	 * Bangka Tengah's SDI score (I5: 68.75 gives 3.75) and SJIG score (I6) have arrived; its EPSS
	 * (I7) and the SDI of I18 still wait, as do all of Pangkalpinang's.
	 */
	private void nationalIndices(EvaluationView evaluation) {
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		Map<Integer, ExternalScoreView> now = external.of(evaluation.id(), instrument);
		LocalDate published = Wib.today(clock).minusDays(30);
		Map<Integer, ExternalIndices.Entry> arrived = Map.of(
				5, new ExternalIndices.Entry(new BigDecimal("68.75"), "Indeks SDI 2025 (demo)", published),
				6, new ExternalIndices.Entry(new BigDecimal("3.20"), "Indeks SJIG 2025 (demo)", published));
		arrived.forEach((number, entry) -> {
			if (now.containsKey(number) && !now.get(number).arrived()) {
				external.enter(login("admin"), evaluation.id(), number, entry);
			}
		});
	}

	private void team(EvaluationView evaluation, CurrentUser lead, CurrentUser member) {
		if (teams.team(evaluation.id()).isEmpty()) {
			CurrentUser admin = login("admin");
			teams.assign(admin, evaluation.id(), lead.getId(), true);
			if (member != null) {
				teams.assign(admin, evaluation.id(), member.getId(), false);
			}
		}
	}
}
