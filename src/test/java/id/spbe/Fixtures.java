package id.spbe;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyView;
import id.spbe.agency.AgencyType;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.PeriodView;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.evidence.EvidenceService;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fresh agencies with their own users and evaluation for tests that change data, so that tests
 * never depend on each other or on the demo data's state. Part of {@link IntegrationTest} and {@link ServerTest}.
 */
@Component
public class Fixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Agencies agencies;
	private final UserAccounts users;
	private final Evaluations evaluations;
	private final InstrumentCatalog instruments;
	private final UserDetailsService logins;
	private final Assessments assessments;
	private final EvidenceService evidence;
	private final AssessorTeams teams;
	private final Transitions transitions;
	private final id.spbe.review.Interviews interviews;

	Fixtures(Agencies agencies, UserAccounts users, Evaluations evaluations, InstrumentCatalog instruments,
			UserDetailsService logins, Assessments assessments, EvidenceService evidence, AssessorTeams teams,
			Transitions transitions, id.spbe.review.Interviews interviews) {
		this.interviews = interviews;
		this.teams = teams;
		this.transitions = transitions;
		this.agencies = agencies;
		this.users = users;
		this.evaluations = evaluations;
		this.instruments = instruments;
		this.logins = logins;
		this.assessments = assessments;
		this.evidence = evidence;
	}

	/** An agency with a coordinator and an operator, and its evaluation in self-assessment. */
	public record TestAgency(long agencyId, EvaluationView evaluation, CurrentUser coordinator, CurrentUser operator,
			String coordinatorName, String operatorName) {

		public long evaluationId() {
			return evaluation.id();
		}
	}

	/** A new agency evaluated on {@code instrumentCode} ("spbe-2020" or "pemdi-2026"). */
	public TestAgency newAgency(String instrumentCode) {
		String n = SEQUENCE.incrementAndGet() + java.util.UUID.randomUUID().toString().substring(0, 6);
		AgencyView agency = agencies.findOrCreate("Pemerintah Kota Uji " + n, AgencyType.KOTA, "Uji");
		long instrumentId = instruments.currentId(instrumentCode).orElseThrow();
		// a self-assessment window around the day the test database was made, so agency writes pass the window rule
		LocalDate today = id.spbe.common.Wib.today(java.time.Clock.system(id.spbe.common.Wib.ZONE));
		PeriodView period = evaluations.findOrCreatePeriod(new Evaluations.NewPeriod(2021, "Periode uji " + instrumentCode,
				instrumentId, today.minusYears(1), today.plusYears(1), null, null));
		EvaluationView evaluation = evaluations.findOrOpen(period.id(), agency.id());
		String coordinator = "koor" + n;
		String operator = "op" + n;
		users.createIfAbsent(coordinator, "demo", "Koordinator Uji " + n, Role.AGENCY_COORDINATOR, agency.id());
		users.createIfAbsent(operator, "demo", "Operator Uji " + n, Role.AGENCY_OPERATOR, agency.id());
		return new TestAgency(agency.id(), evaluation, login(coordinator), login(operator), coordinator, operator);
	}

	/** An evaluation's assessor team: a new lead and a new member. */
	public record Team(CurrentUser lead, CurrentUser member, String leadName, String memberName) {
	}

	/** Assigns a fresh lead assessor and a fresh member to the agency's evaluation. */
	public Team team(TestAgency a) {
		String n = SEQUENCE.incrementAndGet() + java.util.UUID.randomUUID().toString().substring(0, 6);
		users.createIfAbsent("ketua" + n, "demo", "Ketua Tim Uji " + n, Role.ASSESSOR, null);
		users.createIfAbsent("anggota" + n, "demo", "Anggota Tim Uji " + n, Role.ASSESSOR, null);
		CurrentUser lead = login("ketua" + n);
		CurrentUser member = login("anggota" + n);
		teams.assign(login("admin"), a.evaluationId(), lead.getId(), true);
		teams.assign(login("admin"), a.evaluationId(), member.getId(), false);
		return new Team(lead, member, "ketua" + n, "anggota" + n);
	}

	/** Completes the self-assessment (level 3 everywhere) and submits it as the coordinator. */
	public void submit(TestAgency a) {
		completeAllExcept(a);
		transitions.move(a.coordinator(), a.evaluationId(), id.spbe.evaluation.EvaluationAction.SUBMIT, null);
	}

	/** Completes the self-assessment with the self level {@code level} gives each indicator number, and submits it. */
	public void submit(TestAgency a, IntFunction<BigDecimal> level) {
		complete(a, Set.of(), level);
		transitions.move(a.coordinator(), a.evaluationId(), id.spbe.evaluation.EvaluationAction.SUBMIT, null);
	}

	/** A submitted evaluation with its team, after the lead started the document review. */
	public record InReview(TestAgency agency, Team team) {

		public long id() {
			return agency.evaluationId();
		}
	}

	/** A new agency's evaluation (SPBE 2020), submitted, with a team, in document review. */
	public InReview inDocumentReview() {
		InReview c = submittedWithTeam("spbe-2020");
		transitions.move(c.team().lead(), c.id(), id.spbe.evaluation.EvaluationAction.START_DOCUMENT_REVIEW, null);
		return c;
	}

	/**
	 * A new agency's evaluation on {@code instrumentCode}, complete (level 3 everywhere, one link as
	 * evidence titled "Bukti uji"), submitted, with a fresh team that has not started yet.
	 */
	public InReview submittedWithTeam(String instrumentCode) {
		TestAgency a = newAgency(instrumentCode);
		submit(a);
		return new InReview(a, team(a));
	}

	/** Moves an evaluation in document review on to the interview and records one session (5 January 2026, Zoom). */
	public long interviewSession(InReview c) {
		transitions.move(c.team().lead(), c.id(), id.spbe.evaluation.EvaluationAction.START_INTERVIEW, null);
		id.spbe.review.InterviewForm form = new id.spbe.review.InterviewForm()
				.at(java.time.LocalDate.of(2026, 1, 5), java.time.LocalTime.of(9, 0));
		form.setMedium("Zoom");
		form.setAssessorName(List.of("Asesor"));
		form.setAgencyName(List.of("Kadis"));
		return interviews.create(c.team().lead(), c.id(), form);
	}

	/** The signed-in principal of a login. */
	public CurrentUser login(String username) {
		return (CurrentUser) logins.loadUserByUsername(username);
	}

	/**
	 * Every indicator except {@code open} gets level 3, a justification, a link supporting levels
	 * 1-5 and the coordinator's approval: one step from submission.
	 */
	public void completeAllExcept(TestAgency a, int... open) {
		complete(a, IntStream.of(open).boxed().collect(java.util.stream.Collectors.toSet()), n -> new BigDecimal("3"));
	}

	private void complete(TestAgency a, Set<Integer> skip, IntFunction<BigDecimal> level) {
		// indicators fed by a national index are never the agency's (their value is the index's)
		id.spbe.instrument.InstrumentDefinition instrument = instruments.byId(a.evaluation().instrumentId()).orElseThrow();
		List<Integer> numbers = assessments.list(a.evaluationId()).stream().map(x -> x.number()).filter(x -> !skip.contains(x))
				.filter(x -> !instrument.indicator(x).orElseThrow().isExternal()).toList();
		long link = -1;
		for (int number : numbers) {
			assessments.saveSelf(a.evaluationId(), number,
					new Assessments.SelfEntry(level.apply(number), "Penjelasan uji " + number, null), a.operator().getId());
			if (link < 0) {
				link = evidence.addLink(a.operator(), a.evaluationId(), number, new EvidenceService.LinkRequest(
						"https://example.go.id/bukti", LocalDate.of(2021, 7, 1), "Bukti uji", List.of(1, 2, 3, 4, 5), null));
			}
			// on an instrument with evidence items (Pemdi) the link answers every item of the indicator
			evidence.reuse(a.operator(), a.evaluationId(), number, link, List.of(1, 2, 3, 4, 5), itemCodes(a, number));
			assessments.approve(a.evaluationId(), number, null, a.coordinator().getId());
		}
	}

	/** Every evidence item code of indicator {@code number} on the agency's instrument; none on SPBE. */
	public List<String> itemCodes(TestAgency a, int number) {
		return instruments.byId(a.evaluation().instrumentId()).orElseThrow().indicator(number).orElseThrow()
				.evidenceItems().stream().map(i -> i.code()).toList();
	}
}
