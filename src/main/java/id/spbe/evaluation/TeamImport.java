package id.spbe.evaluation;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import id.spbe.common.Csv;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserView;
import id.spbe.user.UserAccounts;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessor teams of a whole period at once: a CSV file of agency, lead and members, all or
 * nothing (every problem by line before anything changes), or a copy of another period's teams.
 * Each team is set through {@link AssessorTeams#setTeam}, so its rules and its history hold.
 */
@Service
class TeamImport {

	/** Columns: the agency's name, the lead's username, the members' usernames (space, comma or semicolon between). */
	static final Csv.Spec SPEC = Csv.Spec.of(List.of("agency", "lead"), List.of("members"));
	static final int MAX_MEMBERS = 10;

	private final AssessorTeams teams;
	private final EvaluationRepository evaluations;
	private final EvaluationPeriodRepository periods;
	private final Agencies agencies;
	private final UserAccounts users;
	private final ApplicationEventPublisher audit;

	TeamImport(AssessorTeams teams, EvaluationRepository evaluations, EvaluationPeriodRepository periods,
			Agencies agencies, UserAccounts users, ApplicationEventPublisher audit) {
		this.teams = teams;
		this.evaluations = evaluations;
		this.periods = periods;
		this.agencies = agencies;
		this.users = users;
		this.audit = audit;
	}

	private record TeamRow(long evaluationId, Long leadId, List<Long> memberIds) {
	}

	/**
	 * Sets the team of every agency in the file; returns how many teams were set.
	 *
	 * @throws id.spbe.common.CsvImportException every problem of the file, nothing changed
	 * @throws RuleViolationException FORBIDDEN for non-admins
	 */
	@Transactional
	public int importCsv(CurrentUser admin, long periodId, InputStream in) {
		Periods.requireAdmin(admin);
		periods.lockById(periodId).orElseThrow(() -> new NotFoundException("period " + periodId));
		List<Csv.Row> rows = Csv.read(in, SPEC);
		Map<String, AgencyView> agencyByName = new HashMap<>();
		agencies.list().forEach(a -> agencyByName.put(a.name().toLowerCase(Locale.ROOT), a));
		Map<String, UserView> userByName = new HashMap<>();
		users.list().forEach(u -> userByName.put(u.username().toLowerCase(Locale.ROOT), u));
		Map<Long, Evaluation> enrolled = new HashMap<>();
		evaluations.findByPeriod(periodId).forEach(e -> enrolled.put(e.getAgencyId(), e));
		Csv.Problems problems = new Csv.Problems();
		Map<Long, Integer> seen = new HashMap<>();
		List<TeamRow> out = new ArrayList<>();
		for (Csv.Row row : rows) {
			Evaluation evaluation = evaluation(row, agencyByName, enrolled, seen, problems);
			Long lead = assessor(row.line(), "lead", row.get("lead"), userByName, problems);
			if (row.get("lead") == null) {
				problems.add(row.line(), "lead", "csv.error.required");
			}
			List<Long> members = new ArrayList<>();
			Set<String> names = new LinkedHashSet<>(split(row.get("members")));
			if (names.size() > MAX_MEMBERS) {
				problems.add(row.line(), "members", "teamCsv.error.tooManyMembers", MAX_MEMBERS);
			}
			for (String name : names) {
				if (name.equalsIgnoreCase(String.valueOf(row.get("lead")))) {
					problems.add(row.line(), "members", "teamCsv.error.leadIsMember", name);
					continue;
				}
				Long id = assessor(row.line(), "members", name, userByName, problems);
				if (id != null) {
					members.add(id);
				}
			}
			if (evaluation != null && lead != null) {
				out.add(new TeamRow(evaluation.getId(), lead, members));
			}
		}
		if (rows.isEmpty()) {
			problems.add(0, null, "csv.error.empty");
		}
		problems.throwIfAny();
		out.forEach(t -> teams.setTeam(admin, t.evaluationId(), t.leadId(), t.memberIds()));
		audit.publishEvent(AuditEvent.of("TEAMS_IMPORTED", "period", periodId, null, out.size() + " teams set from CSV"));
		return out.size();
	}

	private static Evaluation evaluation(Csv.Row row, Map<String, AgencyView> agencyByName,
			Map<Long, Evaluation> enrolled, Map<Long, Integer> seen, Csv.Problems problems) {
		String name = row.get("agency");
		if (name == null) {
			problems.add(row.line(), "agency", "csv.error.required");
			return null;
		}
		AgencyView agency = agencyByName.get(name.toLowerCase(Locale.ROOT));
		if (agency == null) {
			problems.add(row.line(), "agency", "teamCsv.error.unknownAgency", name);
			return null;
		}
		Evaluation evaluation = enrolled.get(agency.id());
		if (evaluation == null) {
			problems.add(row.line(), "agency", "teamCsv.error.notEnrolled", agency.name());
			return null;
		}
		Integer first = seen.putIfAbsent(agency.id(), row.line());
		if (first != null) {
			problems.add(row.line(), "agency", "teamCsv.error.repeatedAgency", agency.name(), first);
			return null;
		}
		if (evaluation.getState() == EvaluationState.FINALISED) {
			problems.add(row.line(), "agency", "team.error.finalised");
			return null;
		}
		return evaluation;
	}

	private static Long assessor(int line, String column, String username, Map<String, UserView> userByName,
			Csv.Problems problems) {
		if (username == null) {
			return null;
		}
		UserView user = userByName.get(username.toLowerCase(Locale.ROOT));
		if (user == null || user.role() != Role.ASSESSOR || !user.enabled()) {
			problems.add(line, column, "teamCsv.error.notAssessor", username);
			return null;
		}
		return user.id();
	}

	private static List<String> split(String members) {
		if (members == null) {
			return List.of();
		}
		return java.util.Arrays.stream(members.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
	}

	/**
	 * Copies {@code fromPeriod}'s teams into {@code toPeriod} ({@link AssessorTeams#copy}).
	 *
	 * @throws RuleViolationException BAD_INPUT when both are the same period
	 */
	@Transactional
	public AssessorTeams.Copied copy(CurrentUser admin, long fromPeriod, long toPeriod) {
		Periods.requireAdmin(admin);
		periods.lockById(toPeriod).orElseThrow(() -> new NotFoundException("period " + toPeriod));
		periods.findById(fromPeriod).orElseThrow(() -> RuleViolationException.badInput("teamCopy.error.noSource"));
		if (fromPeriod == toPeriod) {
			throw RuleViolationException.badInput("teamCopy.error.samePeriod");
		}
		AssessorTeams.Copied copied = teams.copy(admin, fromPeriod, toPeriod);
		audit.publishEvent(AuditEvent.of("TEAMS_COPIED", "period", toPeriod, null, "from period #" + fromPeriod + ": "
				+ copied.copied() + " copied, " + copied.hadTeam() + " kept their team, " + copied.noTeamBefore()
				+ " had none to copy"));
		return copied;
	}
}
