package id.spbe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.spbe.BrowserTestSupport;
import id.spbe.common.Wib;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 12 end to end in a real Chromium, on a fresh installation OUTSIDE demo mode: its own empty
 * database cluster (a data directory of its own, wiped at start) holding only the bundled
 * instruments and the bootstrap {@code admin} with the temporary password from
 * {@code spbe.admin-password}. The administrator sets up an evaluation year with the pages alone
 * and watches it on the national dashboard, then a coordinator created on the way signs in and finds the evaluation open. This is the one
 * extra Spring context of the browser tests (the others share the demo one).
 */
@TestPropertySource(properties = { "spbe.demo=false", "spbe.data-dir=target/test-data-fresh",
		"spbe.admin-password=" + EvaluationYearBrowserTest.BOOTSTRAP_PASSWORD })
class EvaluationYearBrowserTest extends BrowserTestSupport {

	static final String BOOTSTRAP_PASSWORD = "Bootstrap-Sementara-2026";
	private static final String ADMIN_PASSWORD = "lampu merah sungai kapuas berkabut";
	private static final String COORDINATOR_TEMPORARY = "Sementara-Kota-Kembang-71";
	private static final String COORDINATOR_PASSWORD = "angklung bambu hujan sore gedung sate";
	private static final String MINISTRY = "Kementerian Kelautan Digital Nusantara";
	private static final String CITY = "Pemerintah Kota Bandung";
	private static final String PERIOD = "Evaluasi Pemdi Uji Ujung ke Ujung";
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	@Test
	void administratorSetsUpAYearAndTheNewCoordinatorFindsItsEvaluationOpen() {
		LocalDate today = LocalDate.now(Wib.ZONE);
		Page admin = firstSignIn("admin", BOOTSTRAP_PASSWORD, ADMIN_PASSWORD);
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Administrasi evaluasi"))).isVisible();
		// a fresh installation: no demo agencies, users besides the administrator, or periods
		assertThat(admin.getByTestId("admin-evaluation")).hasCount(0);

		loadRegionsAndAddMinistry(admin);
		createAgencyUsersAndAssessors(admin);
		createPeriod(admin, today);
		enrol(admin);
		assignTeamByCsv(admin);
		seeThemOnTheDashboard(admin);
		admin.context().close();

		coordinatorFindsTheEvaluationOpen(today);
	}

	private void loadRegionsAndAddMinistry(Page admin) {
		nav(admin, "Instansi");
		assertThat(admin.getByTestId("agency-count")).hasText("0 instansi");
		admin.getByTestId("regions-load").click();
		assertThat(admin.getByTestId("flash-success")).hasText(
				"Daftar wilayah dimuat: 552 instansi ditambahkan, 0 instansi lama dihubungkan dengan kodenya, 0 sudah ada.");
		assertThat(admin.getByTestId("agency-count")).hasText("552 instansi");

		admin.getByTestId("agency-new").click();
		admin.getByLabel("Nama").fill(MINISTRY);
		admin.getByLabel("Jenis").selectOption(new SelectOption().setLabel("Kementerian/Lembaga"));
		admin.getByTestId("agency-save").click();
		assertThat(admin.getByTestId("flash-success")).hasText("Instansi " + MINISTRY + " ditambahkan.");

		nav(admin, "Instansi");
		admin.getByLabel("Cari nama atau kode").fill("Kota Bandung");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan")).click();
		Locator bandung = admin.getByTestId("agency-row").filter(new Locator.FilterOptions().setHasText(CITY));
		assertThat(bandung).containsText("Jawa Barat");
		assertThat(bandung).containsText("32.73");
	}

	private void createAgencyUsersAndAssessors(Page admin) {
		createAgencyUser(admin, "koord.bandung", "Dewi Lestari", "Koordinator instansi", COORDINATOR_TEMPORARY);
		createAgencyUser(admin, "operator.bandung", "Asep Sunandar", "Operator instansi", "Sementara-Operator-Braga-38");

		nav(admin, "Pengguna");
		admin.getByTestId("user-import").locator("input[type=file]").setInputFiles(csv("asesor.csv", """
				username,displayName,role,password,institution
				asesor.ketua,Rina Wijaya,ASSESSOR,Ketua-Sementara-Dago-2026,Institut Teknologi Bandung
				asesor.anggota,Budi Santoso,ASSESSOR,Anggota-Sementara-Cikapundung-9,Universitas Padjadjaran
				"""));
		admin.getByTestId("user-import").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Impor")).click();
		assertThat(admin.getByTestId("flash-success")).containsText("2 pengguna diimpor.");
		assertThat(admin.getByTestId("user-count")).hasText("5 pengguna");
		Locator coordinator = admin.getByTestId("user-row").filter(new Locator.FilterOptions().setHasText("koord.bandung"));
		assertThat(coordinator).containsText("Koordinator instansi");
		assertThat(coordinator).containsText(CITY);
		assertThat(coordinator).containsText("Kata sandi sementara");
	}

	private void createAgencyUser(Page admin, String username, String name, String role, String password) {
		nav(admin, "Pengguna");
		admin.getByTestId("new-user").click();
		admin.getByLabel("Nama pengguna").fill(username);
		admin.getByLabel("Nama lengkap").fill(name);
		admin.getByLabel("Peran").selectOption(new SelectOption().setLabel(role));
		admin.getByLabel("Instansi (hanya untuk pengguna instansi)").selectOption(new SelectOption().setLabel(CITY));
		admin.getByLabel("Kata sandi sementara").fill(password);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
		assertThat(admin.getByTestId("flash-success")).containsText("Pengguna " + username + " dibuat.");
	}

	private void createPeriod(Page admin, LocalDate today) {
		nav(admin, "Periode");
		admin.getByTestId("new-period").click();
		admin.getByLabel("Tahun").fill(String.valueOf(today.getYear()));
		admin.getByLabel("Nama periode").fill(PERIOD);
		Locator instrument = admin.getByLabel("Versi instrumen (terbit)");
		String pemdi = instrument.locator("option", new Locator.LocatorOptions().setHasText("pemdi-2026 v1")).first().textContent();
		instrument.selectOption(new SelectOption().setLabel(pemdi));
		// today inside the self-assessment window, the later stages one after another
		window(admin, "self", today.minusDays(3), today.plusDays(27));
		window(admin, "review", today.plusDays(28), today.plusDays(50));
		window(admin, "interview", today.plusDays(51), today.plusDays(70));
		window(admin, "final", today.plusDays(71), today.plusDays(90));
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat periode")).click();
		assertThat(admin.getByTestId("flash-success")).hasText("Periode dibuat.");
		assertThat(admin.getByTestId("period-name")).hasText(PERIOD);
		assertThat(admin.getByTestId("period-windows")).containsText(ISO.format(today.plusDays(27)));
	}

	private static void window(Page page, String name, LocalDate from, LocalDate to) {
		page.locator("#" + name + "From").fill(ISO.format(from));
		page.locator("#" + name + "To").fill(ISO.format(to));
	}

	private void enrol(Page admin) {
		// the cities of West Java by filter, the ministry by a CSV list
		Locator filter = admin.getByTestId("enrol-form");
		filter.getByLabel("Instansi aktif menurut jenis dan/atau provinsi").check();
		filter.getByLabel("Jenis instansi").selectOption(new SelectOption().setLabel("Kota"));
		filter.getByLabel("Provinsi", new Locator.GetByLabelOptions().setExact(true)).fill("Jawa Barat");
		filter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan")).click();
		assertThat(admin.getByTestId("flash-success")).hasText("9 instansi didaftarkan; 0 sudah terdaftar sebelumnya dan tidak berubah.");

		Locator list = admin.getByTestId("enrol-csv-form");
		list.locator("input[type=file]").setInputFiles(csv("peserta.csv", "agency\n" + MINISTRY + "\n"));
		list.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan")).click();
		assertThat(admin.getByTestId("flash-success")).hasText("1 instansi didaftarkan; 0 sudah terdaftar sebelumnya dan tidak berubah.");
		assertThat(admin.getByTestId("period-evaluation")).hasCount(10);
		assertThat(row(admin, CITY)).containsText("Penilaian mandiri");
		assertThat(row(admin, MINISTRY)).containsText("Penilaian mandiri");
	}

	private void assignTeamByCsv(Page admin) {
		Locator teams = admin.getByTestId("team-csv-form");
		teams.locator("input[type=file]").setInputFiles(csv("tim.csv", """
				agency,lead,members
				%s,asesor.ketua,asesor.anggota
				%s,asesor.anggota,
				""".formatted(CITY, MINISTRY)));
		teams.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unggah tim")).click();
		assertThat(admin.getByTestId("flash-success")).hasText("Tim asesor 2 instansi ditetapkan.");

		admin.getByTestId("workload-link").click();
		Locator lead = admin.getByTestId("workload-row").filter(new Locator.FilterOptions().setHasText("asesor.ketua"));
		Locator member = admin.getByTestId("workload-row").filter(new Locator.FilterOptions().setHasText("asesor.anggota"));
		assertThat(lead.locator("td").nth(1)).hasText("1");
		assertThat(lead.locator("td").nth(2)).hasText("1");
		assertThat(member.locator("td").nth(1)).hasText("2");
		assertThat(member.locator("td").nth(2)).hasText("1");

		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PERIOD)).click();
		row(admin, CITY).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tim asesor")).click();
		assertThat(admin.getByTestId("team-member")).hasCount(2);
		assertThat(admin.getByTestId("team-member").filter(new Locator.FilterOptions().setHasText("Rina Wijaya"))).containsText("Ketua");
		assertThat(admin.getByTestId("team-member").filter(new Locator.FilterOptions().setHasText("Budi Santoso"))).not().containsText("Ketua");
	}

	private void seeThemOnTheDashboard(Page admin) {
		nav(admin, "Periode");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PERIOD)).click();
		admin.getByTestId("dashboard-link").click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dasbor nasional"))).isVisible();
		assertThat(admin.getByTestId("period-summary")).containsText("10 instansi dievaluasi");
		assertThat(admin.getByTestId("state-SELF_ASSESSMENT")).containsText("10");
		assertThat(admin.getByTestId("agency-row")).hasCount(10);
		Locator bandung = admin.getByTestId("agency-row").filter(new Locator.FilterOptions().setHasText(CITY));
		assertThat(bandung).containsText("Jawa Barat");
		assertThat(bandung).containsText("Penilaian mandiri");
		assertThat(bandung).containsText("Level 0, penjelasan 0");
		Locator westJava = admin.getByTestId("province-row").filter(new Locator.FilterOptions().setHasText("Jawa Barat"));
		assertThat(westJava.locator("td").nth(1)).hasText("9");

		Locator filters = admin.getByTestId("filters");
		filters.getByLabel("Jenis").selectOption(new SelectOption().setLabel("Kementerian/lembaga"));
		filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Saring")).click();
		assertThat(admin.getByTestId("matching")).hasText("1 instansi sesuai; halaman 1 dari 1");
		assertThat(admin.getByTestId("agency-row")).hasCount(1);
		assertThat(admin.getByTestId("agency-row")).containsText(MINISTRY);
	}

	private void coordinatorFindsTheEvaluationOpen(LocalDate today) {
		Page coordinator = firstSignIn("koord.bandung", COORDINATOR_TEMPORARY, COORDINATOR_PASSWORD);
		assertThat(coordinator.getByTestId("agency-name")).hasText(CITY);
		Locator link = coordinator.getByTestId("evaluation-link");
		assertThat(link).hasCount(1);
		assertThat(link).hasText(PERIOD);
		Locator evaluationRow = coordinator.locator("tr").filter(new Locator.FilterOptions().setHas(link));
		assertThat(evaluationRow).containsText("Penilaian mandiri");
		assertThat(coordinator.getByTestId("deadline-cell")).containsText("28 hari lagi");

		link.click();
		assertThat(coordinator.getByTestId("window-deadline")).hasText(
				"Batas penilaian mandiri: " + today.plusDays(27).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
						+ " WIB (28 hari lagi, termasuk hari ini).");
		coordinator.context().close();
	}

	/** Signs in with a temporary password, is held at the password change, chooses a new one and lands home. */
	private Page firstSignIn(String username, String temporary, String chosen) {
		Page page = newPage();
		page.setDefaultTimeout(30_000);
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(temporary);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		assertThat(page.getByTestId("password-required")).isVisible();
		// any other page leads back here until the password is changed
		page.navigate(url("/"));
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		page.getByLabel("Kata sandi saat ini").fill(temporary);
		page.getByLabel("Kata sandi baru", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
		page.getByLabel("Ulangi kata sandi baru").fill(chosen);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ubah kata sandi")).click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByTestId("flash-success")).hasText("Kata sandi diubah.");
		return page;
	}

	private static void nav(Page page, String name) {
		Locator link = page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
				.setExact(true));
		// the administration pages sit in one menu; the page may still be arriving when the menu is opened
		page.waitForLoadState();
		for (int tries = 0; tries < 3 && !link.isVisible(); tries++) {
			page.getByTestId("nav-admin").click();
			try {
				link.waitFor(new Locator.WaitForOptions().setTimeout(5000));
			}
			catch (com.microsoft.playwright.TimeoutError e) {
				// opened on the page before the one that arrived: open it again
			}
		}
		link.click();
	}

	private static Locator row(Page page, String agency) {
		return page.getByTestId("period-evaluation").filter(new Locator.FilterOptions().setHasText(agency));
	}

	private static FilePayload csv(String name, String content) {
		return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
