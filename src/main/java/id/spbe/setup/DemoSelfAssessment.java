package id.spbe.setup;

import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.user.CurrentUser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reference scenario's self-assessment (docs/domain.md section 1): Pemerintah Kota Pangkalpinang,
 * Evaluasi SPBE 2021. Internal policies 1-9 are still a draft regional regulation; the roadmap sits
 * in the 2020 smart city masterplan; the coordination team is set by a mayor's decree; management
 * practice 21-31 is practised but undocumented; services are strong. Indicators 45-47 are
 * completed and everything approved and submitted by {@link DemoFiller}. Entered through the same
 * services and rules as the pages.
 */
@Component
class DemoSelfAssessment {

	private static final LocalDate ACCESSED = LocalDate.of(2021, 7, 20);

	private final Assessments assessments;
	private final EvidenceService evidence;
	private final EvidenceUploads uploads;

	DemoSelfAssessment(Assessments assessments, EvidenceService evidence, EvidenceUploads uploads) {
		this.assessments = assessments;
		this.evidence = evidence;
		this.uploads = uploads;
	}

	/** Fills the evaluation once; does nothing when indicator 1 already has a level. */
	void fill(EvaluationView evaluation, CurrentUser operator, CurrentUser coordinator) {
		long id = evaluation.id();
		if (assessments.get(id, 1).selfLevel() != null) {
			return;
		}
		String raperda = "Kebijakan internal ini masih dalam bentuk Rancangan Peraturan Daerah (Raperda) tentang "
				+ "Penyelenggaraan SPBE yang sedang dibahas bersama DPRD dan belum ditetapkan. Bukti: draf Raperda "
				+ "dan notula rapat pembahasan.";
		for (int n = 1; n <= 9; n++) {
			level(id, n, 1, raperda, coordinator);
		}
		long draft = file(operator, id, 1, "Draf Raperda Penyelenggaraan SPBE Kota Pangkalpinang",
				"draf-raperda-spbe-2021.pdf", List.of(1), List.of(
						"Rancangan Peraturan Daerah Kota Pangkalpinang tentang Penyelenggaraan Sistem Pemerintahan "
								+ "Berbasis Elektronik (draf pembahasan).",
						"Bab II mengatur arsitektur SPBE, peta rencana, manajemen data, aplikasi, pusat data, jaringan "
								+ "intra, sistem penghubung layanan, keamanan informasi, dan audit TIK.",
						"Status: belum ditetapkan; dibahas bersama DPRD pada Juni 2021."));
		for (int n = 2; n <= 9; n++) {
			evidence.reuse(operator, id, n, draft, List.of(1));
		}
		level(id, 10, 2, "Tim Koordinasi SPBE ditetapkan dengan Keputusan Wali Kota Pangkalpinang tahun 2020; "
				+ "keputusan itu belum memuat seluruh tugas yang dipersyaratkan.", coordinator);
		long decree = file(operator, id, 10, "Keputusan Wali Kota tentang Tim Koordinasi SPBE",
				"kepwal-tim-koordinasi-spbe-2020.pdf", List.of(1, 2), List.of(
						"Keputusan Wali Kota Pangkalpinang tentang Pembentukan Tim Koordinasi SPBE Kota Pangkalpinang.",
						"Menetapkan susunan keanggotaan tim: Sekretaris Daerah sebagai ketua, Kepala Diskominfo sebagai "
								+ "sekretaris, dan kepala perangkat daerah terkait sebagai anggota."));
		level(id, 11, 1, "Arsitektur SPBE Kota masih disusun; Pemerintah Kota menunggu Arsitektur SPBE Nasional "
				+ "sebagai acuan.", coordinator);
		file(operator, id, 11, "Notula rapat penyusunan Arsitektur SPBE", "notula-arsitektur-spbe.pdf", List.of(1),
				List.of("Rapat Tim Koordinasi SPBE: penyusunan arsitektur menunggu terbitnya Arsitektur SPBE Nasional."));
		level(id, 12, 2, "Peta rencana SPBE termuat dalam Masterplan Smart City Kota Pangkalpinang 2020, belum "
				+ "sebagai dokumen peta rencana SPBE tersendiri.", coordinator);
		file(operator, id, 12, "Masterplan Smart City Kota Pangkalpinang 2020", "masterplan-smart-city-2020.pdf",
				List.of(1, 2), List.of("Masterplan Smart City 2020, Bab V: peta rencana pengembangan layanan digital 2020-2024."));
		for (int n = 13; n <= 18; n++) {
			level(id, n, 2, "Dilaksanakan dan didokumentasikan di sebagian perangkat daerah, terutama Diskominfo.",
					coordinator);
		}
		link(operator, id, 16, "Profil pusat data Diskominfo", "https://diskominfo.pangkalpinangkota.go.id/pusat-data",
				List.of(1, 2));
		for (int n : new int[] { 13, 14, 15, 17, 18 }) {
			evidence.reuse(operator, id, n, decree, List.of(1, 2));
		}
		level(id, 19, 2, "Tim Koordinasi SPBE ditetapkan dengan Keputusan Wali Kota (lihat indikator 10).", coordinator);
		evidence.reuse(operator, id, 19, decree, List.of(1, 2));
		level(id, 20, 2, "Kolaborasi dengan BSSN untuk sertifikat elektronik dan dengan Kemendagri untuk SIPD.",
				coordinator);
		long bsre = file(operator, id, 20, "Perjanjian kerja sama sertifikat elektronik dengan BSSN",
				"pks-bsre-bssn.pdf", List.of(1, 2), List.of(
						"Perjanjian kerja sama pemanfaatan sertifikat elektronik (tanda tangan elektronik) antara "
								+ "Pemerintah Kota Pangkalpinang dan Balai Sertifikasi Elektronik, BSSN."));
		String practised = "Dilaksanakan dalam praktik (mis. firewall, antivirus pada hosting, tanda tangan "
				+ "elektronik), tetapi belum ada dokumen tertulis seperti SOP atau laporan. Disarankan menyusun SOP.";
		for (int n = 21; n <= 31; n++) {
			level(id, n, 1, practised, coordinator);
		}
		file(operator, id, 21, "Laporan kegiatan pengelolaan TIK Diskominfo 2020", "laporan-kegiatan-tik-2020.pdf",
				List.of(1), List.of("Ringkasan kegiatan pemeliharaan jaringan, server, firewall, dan antivirus tahun 2020."));
		long activity = evidence.list(operator, id).stream().filter(e -> e.title().startsWith("Laporan kegiatan"))
				.findFirst().orElseThrow().id();
		for (int n = 23; n <= 31; n++) {
			evidence.reuse(operator, id, n, activity, List.of(1));
		}
		evidence.reuse(operator, id, 22, bsre, List.of(1));
		String[][] services = { { "32", "3", "https://sipd.kemendagri.go.id" }, { "33", "3", "https://sipd.kemendagri.go.id" },
				{ "34", "3", "https://sipd.kemendagri.go.id" }, { "35", "4", "https://lpse.pangkalpinangkota.go.id" },
				{ "36", "3", "https://simpeg.pangkalpinangkota.go.id" }, { "37", "2", "https://srikandi.arsip.go.id" },
				{ "38", "3", "https://simda-bmd.pangkalpinangkota.go.id" }, { "39", "2", "https://pangkalpinangkota.go.id/inspektorat" },
				{ "40", "3", "https://esakip.pangkalpinangkota.go.id" }, { "41", "3", "https://ekinerja.pangkalpinangkota.go.id" },
				{ "42", "4", "https://www.lapor.go.id" }, { "43", "3", "https://data.pangkalpinangkota.go.id" },
				{ "44", "3", "https://jdih.pangkalpinangkota.go.id" } };
		for (String[] s : services) {
			int n = Integer.parseInt(s[0]);
			int lvl = Integer.parseInt(s[1]);
			level(id, n, lvl, n == 44 ? null : "Layanan berjalan secara elektronik; tangkapan layar fitur per level "
					+ "beserta URL dan tanggal akses terlampir.", operator);
			link(operator, id, n, "Aplikasi layanan (tangkapan layar dan tautan)", s[2], levelsUpTo(lvl));
		}
		for (int n = 1; n <= 31; n++) {
			assessments.approve(id, n, null, coordinator.getId());
		}
	}

	private void level(long evaluationId, int number, int level, String justification, CurrentUser by) {
		assessments.saveSelf(evaluationId, number, new Assessments.SelfEntry(BigDecimal.valueOf(level), justification, null),
				by.getId());
	}

	private long file(CurrentUser operator, long evaluationId, int number, String title, String fileName,
			List<Integer> levels, List<String> paragraphs) {
		byte[] pdf = DemoPdf.document(title, paragraphs);
		return uploads.upload(operator, evaluationId, number, new EvidenceUploads.FileRequest(
				new EvidenceUploads.Upload(fileName, new ByteArrayInputStream(pdf)), title, levels, null)).evidenceId();
	}

	private void link(CurrentUser operator, long evaluationId, int number, String title, String url, List<Integer> levels) {
		evidence.addLink(operator, evaluationId, number, new EvidenceService.LinkRequest(url, ACCESSED, title, levels, null));
	}

	private static List<Integer> levelsUpTo(int level) {
		return java.util.stream.IntStream.rangeClosed(1, level).boxed().toList();
	}
}
