package id.spbe.setup;

import id.spbe.agency.Agencies;
import id.spbe.agency.Agency;
import id.spbe.agency.AgencyType;
import id.spbe.evaluation.EvaluationPeriod;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo data, idempotent: the reference scenario of DOMAIN.md (Pemerintah Kota Pangkalpinang, its
 * period "Evaluasi SPBE 2021" on {@code spbe-2020}) and the demo logins {@code admin},
 * {@code koordinator}, {@code operator}, {@code asesor}, all with password {@code demo}.
 */
@Component
class DemoDataSeeder {

	static final String DEMO_PASSWORD = "demo";
	static final String PANGKALPINANG = "Pemerintah Kota Pangkalpinang";
	static final String PERIOD_2021 = "Evaluasi SPBE 2021";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoMode demoMode;
	private final Agencies agencies;
	private final UserAccounts accounts;
	private final Evaluations evaluations;
	private final InstrumentCatalog instruments;

	DemoDataSeeder(DemoMode demoMode, Agencies agencies, UserAccounts accounts, Evaluations evaluations,
			InstrumentCatalog instruments) {
		this.demoMode = demoMode;
		this.agencies = agencies;
		this.accounts = accounts;
		this.evaluations = evaluations;
		this.instruments = instruments;
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
		evaluations.findOrOpen(period.getId(), city.getId());
		accounts.createIfAbsent("admin", DEMO_PASSWORD, "Admin KemenPANRB (demo)", Role.ADMIN, null);
		accounts.createIfAbsent("asesor", DEMO_PASSWORD, "Dr. Asesor Eksternal (demo)", Role.ASSESSOR, null);
		accounts.createIfAbsent("koordinator", DEMO_PASSWORD, "Koordinator Diskominfo Pangkalpinang (demo)",
				Role.AGENCY_COORDINATOR, city.getId());
		accounts.createIfAbsent("operator", DEMO_PASSWORD, "Operator Diskominfo Pangkalpinang (demo)",
				Role.AGENCY_OPERATOR, city.getId());
		log.warn("DEMO MODE: demo accounts admin, koordinator, operator, asesor, all with password '{}'. "
				+ "Do not use demo mode for real data.", DEMO_PASSWORD);
	}
}
