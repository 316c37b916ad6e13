package id.spbe.setup;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Stage;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceView;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.review.InterviewForm;
import id.spbe.review.Interviews;
import id.spbe.review.Judgements;
import id.spbe.review.ReviewBoards;
import id.spbe.review.ReviewService;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The assessors' side of the demo, through the same services as the pages. Pangkalpinang 2021 as
 * in the reference scenario (docs/domain.md section 1): document review done, an interview by video
 * call on 23 August 2021, evaluation left in the interview stage. Bangka Tengah 2021 scored at
 * every stage and finalised, with recommendations, so that a complete case exists.
 */
@Component
class DemoReview {

	static final String DRAFT_REGULATION = "Kebijakan internal SPBE (indikator 1-9) masih berupa Rancangan Peraturan "
			+ "Daerah; belum ditetapkan.";
	static final String WAITS_FOR_NATIONAL = "Arsitektur SPBE Kota belum disusun karena Pemerintah Kota menunggu "
			+ "Arsitektur SPBE Nasional.";
	static final String ROADMAP_IN_MASTERPLAN = "Peta rencana SPBE termuat dalam Masterplan Smart City 2020, belum "
			+ "sebagai dokumen tersendiri.";
	static final String UNDOCUMENTED = "Manajemen SPBE (indikator 21-31) sudah dipraktikkan tetapi belum "
			+ "didokumentasikan; disarankan menyusun SOP.";
	static final String SERVICES_GOOD = "Layanan SPBE berjalan baik dan terintegrasi dengan aplikasi nasional.";

	private final ReviewService review;
	private final ReviewBoards boards;
	private final Judgements judgements;
	private final Transitions transitions;
	private final Interviews interviews;
	private final Assessments assessments;
	private final EvidenceService evidence;
	private final InstrumentCatalog instruments;

	DemoReview(ReviewService review, ReviewBoards boards, Judgements judgements, Transitions transitions,
			Interviews interviews, Assessments assessments, EvidenceService evidence, InstrumentCatalog instruments) {
		this.review = review;
		this.boards = boards;
		this.judgements = judgements;
		this.transitions = transitions;
		this.interviews = interviews;
		this.assessments = assessments;
		this.evidence = evidence;
		this.instruments = instruments;
	}

	/** Pangkalpinang 2021: document review, then the interview session of 23 August 2021. */
	void cityToInterview(EvaluationView evaluation, CurrentUser lead) {
		long id = evaluation.id();
		if (state(lead, id) == EvaluationState.SUBMITTED) {
			transitions.move(lead, id, EvaluationAction.START_DOCUMENT_REVIEW, null);
			for (int n = 1; n <= 9; n++) {
				review.saveStage(lead, id, n, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, BigDecimal.ONE, DRAFT_REGULATION, null, null));
			}
			review.saveStage(lead, id, 11, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, BigDecimal.ONE, WAITS_FOR_NATIONAL, null, null));
			review.saveStage(lead, id, 12, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, BigDecimal.valueOf(2), ROADMAP_IN_MASTERPLAN, null, null));
			for (int n = 21; n <= 31; n++) {
				review.saveStage(lead, id, n, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, BigDecimal.ONE, UNDOCUMENTED, null, null));
			}
			judgeEvidence(lead, id);
			review.carryOver(lead, id);
			transitions.move(lead, id, EvaluationAction.START_INTERVIEW, "Penilaian dokumen selesai; interviu dijadwalkan.");
		}
		if (state(lead, id) == EvaluationState.INTERVIEW && boards.board(lead, id).sessions().isEmpty()) {
			InterviewForm form = new InterviewForm();
			form.at(LocalDate.of(2021, 8, 23), LocalTime.of(9, 0));
			form.setMedium("Zoom Meeting");
			form.setPlace("Daring; tim asesor di Jakarta, instansi di Ruang Rapat Diskominfo Kota Pangkalpinang");
			form.setMeetingLink("https://zoom.us/j/81234567890");
			form.setAssessorName(List.of(lead.getFullName(), "Rina Kartikasari, M.Kom. (demo)"));
			form.setAssessorPosition(List.of("Ketua tim asesor", "Anggota tim asesor"));
			form.setAgencyName(List.of("Ahmad Fauzan, S.Kom., M.Si. (demo)", "Dewi Lestari, S.T. (demo)",
					"Hendra Saputra, S.H. (demo)"));
			form.setAgencyPosition(List.of("Kepala Dinas Komunikasi dan Informatika", "Kepala Bidang Aplikasi Informatika",
					"Kepala Bagian Hukum Sekretariat Daerah"));
			form.setAgencyNip(List.of("197505122000031004", "198203152006042002", "198011202005011003"));
			form.setFindings("Kebijakan internal SPBE masih berupa Raperda. Arsitektur SPBE Kota menunggu Arsitektur SPBE "
					+ "Nasional. Peta rencana SPBE ada dalam Masterplan Smart City 2020. Manajemen SPBE sudah dipraktikkan "
					+ "tetapi tidak terdokumentasi. Layanan administrasi pemerintahan dan layanan publik berjalan baik.");
			form.setRecommendations("Menetapkan Perda/Perwal SPBE; menyusun peta rencana SPBE tersendiri; menyusun SOP "
					+ "manajemen SPBE (risiko, keamanan informasi, data, aset TIK, SDM, pengetahuan, perubahan, layanan).");
			long session = interviews.create(lead, id, form);
			for (int n = 1; n <= 9; n++) {
				interviews.note(lead, id, session, n, BigDecimal.ONE, DRAFT_REGULATION);
			}
			interviews.note(lead, id, session, 11, BigDecimal.ONE, WAITS_FOR_NATIONAL);
			interviews.note(lead, id, session, 12, BigDecimal.valueOf(2), ROADMAP_IN_MASTERPLAN);
			for (int n = 21; n <= 31; n++) {
				interviews.note(lead, id, session, n, BigDecimal.ONE, UNDOCUMENTED);
			}
			for (int n : new int[] { 32, 35, 42 }) {
				interviews.note(lead, id, session, n, null, SERVICES_GOOD);
			}
		}
	}

	/** Bangka Tengah 2021: every stage scored, a short interview, final levels with recommendations, finalised. */
	void regencyFinalised(EvaluationView evaluation, CurrentUser lead) {
		long id = evaluation.id();
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		if (state(lead, id) == EvaluationState.SUBMITTED) {
			transitions.move(lead, id, EvaluationAction.START_DOCUMENT_REVIEW, null);
			for (int n = 21; n <= 31; n++) {
				BigDecimal self = assessments.get(id, n).selfLevel();
				review.saveStage(lead, id, n, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, self.subtract(BigDecimal.ONE).max(BigDecimal.ONE),
						"Dokumen belum menunjukkan penerapan di seluruh perangkat daerah.", null, null));
			}
			judgeEvidence(lead, id);
			review.carryOver(lead, id);
			transitions.move(lead, id, EvaluationAction.START_INTERVIEW, null);
		}
		if (state(lead, id) == EvaluationState.INTERVIEW) {
			InterviewForm form = new InterviewForm();
			form.at(LocalDate.of(2021, 8, 25), LocalTime.of(13, 30));
			form.setMedium("Zoom Meeting");
			form.setAssessorName(List.of(lead.getFullName()));
			form.setAssessorPosition(List.of("Ketua tim asesor"));
			form.setAgencyName(List.of("Yusuf Ramadhan, S.Kom. (demo)"));
			form.setAgencyPosition(List.of("Kepala Dinas Komunikasi dan Informatika"));
			form.setFindings("Layanan berjalan baik; manajemen SPBE belum merata di perangkat daerah.");
			long session = interviews.create(lead, id, form);
			interviews.note(lead, id, session, 1, null, "Peraturan Bupati tentang SPBE sudah ditetapkan.");
			review.carryOver(lead, id);
			transitions.move(lead, id, EvaluationAction.START_FINAL_REVIEW, null);
		}
		if (state(lead, id) == EvaluationState.FINAL_REVIEW) {
			for (InstrumentDefinition.Indicator indicator : instrument.allIndicators()) {
				AssessmentView entry = assessments.get(id, indicator.number());
				BigDecimal level = entry.effectiveLevel(Stage.FINAL);
				review.saveStage(lead, id, indicator.number(), new ReviewService.StageSave(Stage.FINAL, level, null,
						recommendation(instrument, indicator, level.intValue()), null));
			}
			transitions.move(lead, id, EvaluationAction.FINALISE, "Nilai akhir ditetapkan tim asesor.");
		}
	}

	/** A recommendation from the instrument itself: what the next level asks for. */
	static String recommendation(InstrumentDefinition instrument, InstrumentDefinition.Indicator indicator, int level) {
		int max = instrument.wholeLevels().get(instrument.wholeLevels().size() - 1);
		if (level >= max) {
			return "Pertahankan dan evaluasi berkala capaian level " + level + ".";
		}
		return "Untuk mencapai level " + (level + 1) + ": " + indicator.levels().get(level + 1).criterion().id();
	}

	private void judgeEvidence(CurrentUser lead, long id) {
		for (EvidenceView e : evidence.list(lead, id)) {
			for (EvidenceView.Use use : e.uses()) {
				boolean draft = e.title().startsWith("Draf");
				judgements.reviewEvidence(lead, id, use.indicatorNumber(), e.id(), new Judgements.Judgement(
						draft ? ReviewStatus.NEEDS_REVISION : ReviewStatus.ACCEPTED,
						draft ? "Masih draf; lampirkan peraturan yang sudah ditetapkan." : null));
			}
		}
	}

	private EvaluationState state(CurrentUser user, long id) {
		return boards.board(user, id).ws().evaluation().state();
	}
}
