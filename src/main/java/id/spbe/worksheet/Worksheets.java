package id.spbe.worksheet;

import id.spbe.agency.UnitView;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceView;
import id.spbe.externalindex.ExternalIndices;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.UserView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an evaluation's indicators as one {@link Worksheet}: the agency's entries, their stage
 * values, evidence and blockers, for whoever may see the evaluation. The self-assessment, the
 * review and the results all read through here, so the three show the same rows.
 */
@Service
public class Worksheets {

	private final EvaluationAccess access;
	private final Assessments assessments;
	private final EvidenceService evidence;
	private final InstrumentCatalog instruments;
	private final StaffReads staffReads;
	private final ExternalIndices external;

	Worksheets(EvaluationAccess access, Assessments assessments, EvidenceService evidence,
			InstrumentCatalog instruments, StaffReads staffReads, ExternalIndices external) {
		this.external = external;
		this.access = access;
		this.assessments = assessments;
		this.evidence = evidence;
		this.instruments = instruments;
		this.staffReads = staffReads;
	}

	/**
	 * The evaluation with its instrument and every indicator row, as {@code user} may see it.
	 *
	 * @throws id.spbe.common.NotFoundException when the user may not see it
	 */
	@Transactional(readOnly = true)
	public Worksheet worksheet(CurrentUser user, long evaluationId) {
		EvaluationView evaluation = access.require(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		Map<Integer, AssessmentView> entries = new HashMap<>();
		Map<Long, Integer> numbers = new HashMap<>();
		assessments.list(evaluationId).forEach(a -> {
			entries.put(a.number(), a);
			numbers.put(a.id(), a.number());
		});
		Map<Integer, List<EvidenceView>> byIndicator = byIndicator(evidence.listUnchecked(evaluationId, numbers));
		StaffReads.Staff people = staffReads.of(evaluation.agencyId());
		List<UserView> staff = people.users();
		List<UnitView> units = people.units();
		Map<Long, String> names = assigneeNames(staff, units);
		List<IndicatorRow> rows = new ArrayList<>();
		for (InstrumentDefinition.Indicator indicator : instrument.allIndicators()) {
			AssessmentView entry = entries.get(indicator.number());
			List<EvidenceView> used = List.copyOf(byIndicator.getOrDefault(indicator.number(), List.of()));
			// an indicator fed by a national index never blocks: the agency has nothing to do for it
			List<Blocker> blockers = indicator.isExternal() ? List.of()
					: Blockers.of(entry, used, indicator.number(), Blockers.counted(indicator));
			rows.add(new IndicatorRow(indicator, entry, used, blockers,
					assigneeName(entry, names)));
		}
		return new Worksheet(evaluation, instrument, rows, evaluation.reviewVisibleTo(user),
				external.of(evaluationId, instrument), staff, units);
	}

	/**
	 * Each indicator's evidence, in the order read. Grouped in one pass: filtering the whole list
	 * per indicator cost 47 x 120 scans on a page with 120 evidence items.
	 */
	private static Map<Integer, List<EvidenceView>> byIndicator(List<EvidenceView> all) {
		Map<Integer, List<EvidenceView>> grouped = new HashMap<>();
		for (EvidenceView e : all) {
			e.uses().stream().map(EvidenceView.Use::indicatorNumber).distinct()
					.forEach(n -> grouped.computeIfAbsent(n, k -> new ArrayList<>()).add(e));
		}
		return grouped;
	}

	private static Map<Long, String> assigneeNames(List<UserView> staff, List<UnitView> units) {
		Map<Long, String> names = new HashMap<>();
		staff.forEach(u -> names.put(u.id(), u.fullName()));
		units.forEach(u -> names.put(-u.id(), u.name()));
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
}
