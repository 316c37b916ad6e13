package id.spbe.setup;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Completes a demo self-assessment for any instrument through the same services as the pages:
 * a level per indicator, a justification, one supporting document reused with the levels it
 * covers, the coordinator's approval, and the submission.
 */
@Component
class DemoFiller {

	private final Assessments assessments;
	private final EvidenceService evidence;
	private final EvidenceUploads uploads;
	private final InstrumentCatalog instruments;
	private final EvaluationAccess access;
	private final Transitions transitions;

	DemoFiller(Assessments assessments, EvidenceService evidence, EvidenceUploads uploads, InstrumentCatalog instruments,
			EvaluationAccess access, Transitions transitions) {
		this.assessments = assessments;
		this.evidence = evidence;
		this.uploads = uploads;
		this.instruments = instruments;
		this.access = access;
		this.transitions = transitions;
	}

	/**
	 * Fills every indicator still without a level with {@code levelOf(number)}, backs each with
	 * evidence, approves everything and submits, unless the evaluation left self-assessment already.
	 */
	void completeAndSubmit(EvaluationView evaluation, CurrentUser operator, CurrentUser coordinator,
			IntUnaryOperator levelOf, String agencyShortName) {
		if (access.require(coordinator, evaluation.id()).state() != EvaluationState.SELF_ASSESSMENT) {
			return;
		}
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		long id = evaluation.id();
		Long document = null;
		// indicators fed by a national index are not the agency's to fill in (an administrator enters them)
		List<InstrumentDefinition.Indicator> assessed = instrument.allIndicators().stream().filter(i -> !i.isExternal()).toList();
		for (InstrumentDefinition.Indicator indicator : assessed) {
			int n = indicator.number();
			AssessmentView entry = assessments.get(id, n);
			if (entry.selfLevel() != null && entry.justification() != null) {
				continue;
			}
			int level = entry.selfLevel() != null ? entry.selfLevel().intValue() : levelOf.applyAsInt(n);
			assessments.saveSelf(id, n, new Assessments.SelfEntry(BigDecimal.valueOf(level),
					justification(indicator, level, agencyShortName), null), operator.getId());
			List<Integer> levels = IntStream.rangeClosed(1, level).boxed().toList();
			if (document == null) {
				String title = "Dokumen pendukung " + agencyShortName;
				byte[] pdf = DemoPdf.document(title, List.of("Kumpulan kebijakan, laporan dan tangkapan layar layanan "
						+ agencyShortName + " (dokumen contoh untuk demo)."));
				document = uploads.upload(operator, id, n, new EvidenceUploads.FileRequest(new EvidenceUploads.Upload(
						"dokumen-pendukung-" + agencyShortName.toLowerCase().replace(' ', '-') + ".pdf",
						new ByteArrayInputStream(pdf)), title, instrument.wholeLevels(), null)).evidenceId();
			}
			// on an instrument with evidence items (Pemdi) the document answers every item up to the level
			evidence.reuse(operator, id, n, document, levels, itemsUpTo(indicator, level));
		}
		for (InstrumentDefinition.Indicator indicator : assessed) {
			if (!assessments.get(id, indicator.number()).approved()) {
				assessments.approve(id, indicator.number(), null, coordinator.getId());
			}
		}
		transitions.move(coordinator, id, EvaluationAction.SUBMIT, "Penilaian mandiri sudah diperiksa tim koordinasi SPBE.");
	}

	/** Starts a self-assessment: the first {@code count} indicators get a level and a justification, once. */
	void start(EvaluationView evaluation, CurrentUser operator, int count, IntUnaryOperator levelOf, String agencyShortName) {
		long id = evaluation.id();
		if (assessments.get(id, 1).selfLevel() != null) {
			return;
		}
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		for (InstrumentDefinition.Indicator indicator : instrument.allIndicators().stream().filter(i -> !i.isExternal())
				.limit(count).toList()) {
			int level = levelOf.applyAsInt(indicator.number());
			assessments.saveSelf(id, indicator.number(), new Assessments.SelfEntry(BigDecimal.valueOf(level),
					justification(indicator, level, agencyShortName), null), operator.getId());
		}
		InstrumentDefinition.Indicator first = instrument.allIndicators().get(0);
		if (!first.evidenceItems().isEmpty()) {
			// one file answering the first indicator's items of level 1 only, so the items of the
			// level claimed above show as still without evidence
			String title = "Kebijakan " + agencyShortName;
			byte[] pdf = DemoPdf.document(title, List.of("Peraturan dan keputusan " + agencyShortName
					+ " (dokumen contoh untuk demo)."));
			uploads.upload(operator, id, first.number(), new EvidenceUploads.FileRequest(new EvidenceUploads.Upload(
					"kebijakan-" + agencyShortName.toLowerCase().replace(' ', '-') + ".pdf", new ByteArrayInputStream(pdf)),
					title, List.of(), itemsUpTo(first, 1), null));
		}
	}

	/** The codes of the indicator's evidence items of levels up to {@code level}; none on SPBE. */
	static List<String> itemsUpTo(InstrumentDefinition.Indicator indicator, int level) {
		return indicator.evidenceItems().stream().filter(i -> i.level() <= level)
				.map(InstrumentDefinition.EvidenceItem::code).toList();
	}

	private static String justification(InstrumentDefinition.Indicator indicator, int level, String agency) {
		return "Kondisi " + agency + " untuk indikator ini sesuai kriteria level " + level + ": "
				+ indicator.levels().get(level).criterion().id() + " Bukti dukung terlampir.";
	}
}
