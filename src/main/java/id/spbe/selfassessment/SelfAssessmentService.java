package id.spbe.selfassessment;

import id.spbe.evaluation.ConcurrentEditException;
import id.spbe.evaluation.EvaluationState;
import id.spbe.instrument.IndexInputException;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyUnit;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccount;
import id.spbe.user.UserAccounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's self-assessment (penilaian mandiri): reading the entries with their evidence,
 * saving levels and justifications, assignment, approval, readiness and submission. Every write
 * locks the evaluation and checks role, ownership and state in one transaction; pages and API
 * both come through here.
 */
@Service
public class SelfAssessmentService {

	/** Longest justification accepted, in characters. */
	static final int MAX_JUSTIFICATION = 10_000;

	private final EvaluationAccess access;
	private final Evaluations evaluations;
	private final Assessments assessments;
	private final EvidenceService evidence;
	private final InstrumentCatalog instruments;
	private final UserAccounts users;
	private final Agencies agencies;

	SelfAssessmentService(EvaluationAccess access, Evaluations evaluations, Assessments assessments,
			EvidenceService evidence, InstrumentCatalog instruments, UserAccounts users, Agencies agencies) {
		this.access = access;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.evidence = evidence;
		this.instruments = instruments;
		this.users = users;
		this.agencies = agencies;
	}

	/** An evaluation with its instrument and every indicator row. @throws NotFoundException when the user may not see it */
	@Transactional(readOnly = true)
	public Worksheet worksheet(CurrentUser user, long evaluationId) {
		EvaluationView evaluation = access.require(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		List<EvidenceView> all = evidence.listUnchecked(evaluationId);
		Map<Long, String> names = assigneeNames(evaluation.agencyId());
		Map<Integer, AssessmentView> entries = new HashMap<>();
		assessments.list(evaluationId).forEach(a -> entries.put(a.number(), a));
		List<IndicatorRow> rows = new ArrayList<>();
		for (InstrumentDefinition.Indicator indicator : instrument.allIndicators()) {
			AssessmentView entry = entries.get(indicator.number());
			List<EvidenceView> used = all.stream().filter(e -> e.useFor(indicator.number()).isPresent()).toList();
			rows.add(new IndicatorRow(indicator, entry, used, blockers(entry, used, indicator.number()),
					assigneeName(entry, names)));
		}
		return new Worksheet(evaluation, instrument, rows);
	}

	/** Agency operators of the evaluation's agency, for assignment. */
	@Transactional(readOnly = true)
	List<UserAccount> operators(long agencyId) {
		return users.ofAgency(agencyId).stream().filter(u -> u.getRole() == Role.AGENCY_OPERATOR).toList();
	}

	/** Units (OPD) of the agency, for assignment. */
	@Transactional(readOnly = true)
	List<AgencyUnit> units(long agencyId) {
		return agencies.units(agencyId);
	}

	/**
	 * Saves the agency's level and justification for one indicator.
	 *
	 * @param level           null to clear; checked against the instrument scale
	 * @param expectedVersion version the user started from (null: no check)
	 * @throws RuleViolationException BAD_INPUT for a level outside the scale or a fraction on a
	 *                                whole-level instrument or a justification over the limit;
	 *                                FORBIDDEN/CONFLICT from the access rules
	 * @throws ConcurrentEditException when someone saved in between
	 */
	@Transactional
	AssessmentView save(CurrentUser user, long evaluationId, int number, BigDecimal level, String justification,
			Long expectedVersion) {
		EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		checkLevel(instrument, number, level);
		String text = Texts.block(justification);
		if (Texts.length(text) > MAX_JUSTIFICATION) {
			throw RuleViolationException.badInput("selfAssessment.error.justificationTooLong", number,
					MAX_JUSTIFICATION, Texts.length(text));
		}
		EditRules.requireMayEdit(user, assessments.get(evaluationId, number));
		return assessments.saveSelf(evaluationId, number, level, text,
				expectedVersion, user.getId());
	}

	/**
	 * Checks a level against the instrument scale (range, whole or two-decimal values).
	 *
	 * @throws RuleViolationException BAD_INPUT with the scale in the message
	 */
	public static void checkLevel(InstrumentDefinition instrument, int number, BigDecimal level) {
		try {
			IndexCalculator.checkValue(instrument, number, level);
		}
		catch (IndexInputException e) {
			throw RuleViolationException.badInput(e.getMessageKey(), e.getArguments());
		}
	}

	/**
	 * Applies an imported worksheet: every row's level and justification, all or nothing. Scale,
	 * length and assignment rules are checked for every row first; any error changes nothing.
	 *
	 * @return number of indicators changed, or the errors by row and column
	 */
	@Transactional
	ImportOutcome importRows(CurrentUser user, long evaluationId, WorksheetExcel.ImportResult read,
			java.util.function.BiFunction<String, Object[], String> message) {
		EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		List<WorksheetExcel.ImportRow> rows = read.rows();
		List<String> errors = new ArrayList<>(read.errors());
		Map<Integer, AssessmentView> entries = new HashMap<>();
		assessments.list(evaluationId).forEach(a -> entries.put(a.number(), a));
		for (WorksheetExcel.ImportRow row : rows) {
			cellError(errors, message, row, row.levelColumn(), () -> checkLevel(instrument, row.indicator(), row.level()));
			cellError(errors, message, row, row.justificationColumn(), () -> {
				String text = importedText(row);
				if (Texts.length(text) > MAX_JUSTIFICATION) {
					throw RuleViolationException.badInput("worksheet.error.justificationTooLong", row.indicator(),
							MAX_JUSTIFICATION, Texts.length(text));
				}
			});
			AssessmentView entry = entries.get(row.indicator());
			if (changes(entry, row)) {
				cellError(errors, message, row, row.numberColumn(), () -> EditRules.requireMayEdit(user, entry));
				if (row.version() != null && row.version() != entry.version()) {
					cellError(errors, message, row, row.versionColumn(), () -> {
						throw RuleViolationException.conflict("worksheet.error.stale", row.indicator());
					});
				}
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(SelfAssessmentService::rowOf));
			return new ImportOutcome(0, errors);
		}
		int changed = 0;
		for (WorksheetExcel.ImportRow row : rows) {
			if (changes(entries.get(row.indicator()), row)) {
				assessments.saveSelf(evaluationId, row.indicator(), row.level(), importedText(row), null, user.getId());
				changed++;
			}
		}
		return new ImportOutcome(changed, List.of());
	}

	private static void cellError(List<String> errors, java.util.function.BiFunction<String, Object[], String> message,
			WorksheetExcel.ImportRow row, String column, Runnable check) {
		try {
			check.run();
		}
		catch (RuleViolationException e) {
			errors.add(message.apply("worksheet.error.cell", new Object[] { row.rowNumber(), column,
					message.apply(e.getMessageKey(), e.getArguments()) }));
		}
	}

	// errors read "Baris 12, kolom E: ..." or "Row 12, column E: ..."; sort them by row
	private static int rowOf(String error) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(error);
		return m.find() ? Integer.parseInt(m.group()) : 0;
	}

	/** What an import did. */
	record ImportOutcome(int changed, List<String> errors) {
	}

	private static String importedText(WorksheetExcel.ImportRow row) {
		return Texts.block(row.justification());
	}

	private static boolean changes(AssessmentView entry, WorksheetExcel.ImportRow row) {
		String text = importedText(row);
		boolean levelSame = entry.selfLevel() == null ? row.level() == null
				: row.level() != null && entry.selfLevel().compareTo(row.level()) == 0;
		return !levelSame || !Objects.equals(entry.justification(), text);
	}

	/** Assigns indicators to an operator and/or a unit of the agency (coordinator only). */
	@Transactional
	void assign(CurrentUser user, long evaluationId, List<Integer> numbers, Long operatorId, Long unitId) {
		EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
		requireCoordinator(user);
		if (numbers == null || numbers.isEmpty()) {
			throw RuleViolationException.badInput("selfAssessment.error.noIndicatorChosen");
		}
		if (operatorId != null && operators(evaluation.agencyId()).stream().noneMatch(u -> u.getId().equals(operatorId))) {
			throw RuleViolationException.badInput("selfAssessment.error.unknownOperator");
		}
		if (unitId != null && units(evaluation.agencyId()).stream().noneMatch(u -> u.getId().equals(unitId))) {
			throw RuleViolationException.badInput("selfAssessment.error.unknownUnit");
		}
		for (Integer number : numbers) {
			assessments.assign(evaluationId, number, operatorId, unitId, user.getId());
		}
	}

	/** Approves an indicator's entry (coordinator only); it needs a level and a justification. */
	@Transactional
	AssessmentView approve(CurrentUser user, long evaluationId, int number, Long seenVersion) {
		access.lockForAgencyWrite(user, evaluationId);
		requireCoordinator(user);
		AssessmentView entry = assessments.get(evaluationId, number);
		if (entry.selfLevel() == null || entry.justification() == null) {
			throw RuleViolationException.badInput("selfAssessment.error.approveIncomplete", number);
		}
		return assessments.approve(evaluationId, number, seenVersion, user.getId());
	}

	/**
	 * Submits the self-assessment (coordinator only) once nothing blocks it; afterwards the agency
	 * can change nothing.
	 *
	 * @throws RuleViolationException CONFLICT while any indicator is blocked
	 */
	@Transactional
	public EvaluationView submit(CurrentUser user, long evaluationId, String note) {
		access.lockForAgencyWrite(user, evaluationId);
		requireCoordinator(user);
		long blocked = worksheet(user, evaluationId).blocked();
		if (blocked > 0) {
			throw RuleViolationException.conflict("selfAssessment.error.notReady", blocked);
		}
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 2000) {
			throw RuleViolationException.badInput("selfAssessment.error.noteTooLong", 2000);
		}
		return evaluations.transition(user, evaluationId, EvaluationAction.SUBMIT, cleanNote);
	}

	private static void requireCoordinator(CurrentUser user) {
		if (user.getRole() != Role.AGENCY_COORDINATOR) {
			throw RuleViolationException.forbidden("selfAssessment.error.coordinatorOnly");
		}
	}

	static List<Blocker> blockers(AssessmentView entry, List<EvidenceView> evidence, int number) {
		List<Blocker> blockers = new ArrayList<>();
		if (entry.selfLevel() == null) {
			blockers.add(Blocker.NO_LEVEL);
		}
		if (entry.justification() == null || entry.justification().isBlank()) {
			blockers.add(Blocker.NO_JUSTIFICATION);
		}
		if (entry.selfLevel() != null) {
			// a fractional claim (Pemdi 2.5) needs evidence for the whole level reached (2)
			int claimed = entry.selfLevel().setScale(0, RoundingMode.DOWN).intValue();
			boolean covered = evidence.stream().map(e -> e.useFor(number)).flatMap(java.util.Optional::stream)
					.anyMatch(u -> u.levels().contains(claimed));
			if (!covered) {
				blockers.add(Blocker.NO_EVIDENCE_FOR_LEVEL);
			}
		}
		if (!entry.approved()) {
			blockers.add(Blocker.NOT_APPROVED);
		}
		return blockers;
	}

	private Map<Long, String> assigneeNames(long agencyId) {
		Map<Long, String> names = new HashMap<>();
		users.ofAgency(agencyId).forEach(u -> names.put(u.getId(), u.getFullName()));
		agencies.units(agencyId).forEach(u -> names.put(-u.getId(), u.getName()));
		return names;
	}

	private static String assigneeName(AssessmentView entry, Map<Long, String> names) {
		String user = entry.assigneeUserId() == null ? null : names.get(entry.assigneeUserId());
		String unit = entry.assigneeUnitId() == null ? null : names.get(-entry.assigneeUnitId());
		if (user != null && unit != null) {
			return user + " (" + unit + ")";
		}
		return user != null ? user : unit;
	}

	/** True when the user may change this entry now (for showing or hiding the form). */
	boolean mayEdit(CurrentUser user, Worksheet worksheet, IndicatorRow row) {
		if (worksheet.evaluation().state() != EvaluationState.SELF_ASSESSMENT
				|| !user.getRole().isAgencyRole()) {
			return false;
		}
		try {
			EditRules.requireMayEdit(user, row.entry());
			return true;
		}
		catch (RuleViolationException e) {
			return false;
		}
	}

	/**
	 * True when the user may add evidence to this entry now: in self-assessment as for editing,
	 * and during a clarification for the indicators sent back, until the deadline.
	 */
	boolean mayAddEvidence(CurrentUser user, Worksheet worksheet, IndicatorRow row) {
		if (!user.getRole().isAgencyRole()) {
			return false;
		}
		try {
			access.checkAgencyEvidenceWrite(user, worksheet.evaluation(), row.indicator().number());
			EditRules.requireMayEdit(user, row.entry());
			return true;
		}
		catch (RuleViolationException e) {
			return false;
		}
	}

	/** True when the entry is assigned to the user or the user's unit. */
	static boolean isMine(CurrentUser user, AssessmentView entry) {
		return Objects.equals(entry.assigneeUserId(), user.getId())
				|| (entry.assigneeUserId() == null && entry.assigneeUnitId() != null
						&& entry.assigneeUnitId().equals(user.getUnitId()));
	}
}
