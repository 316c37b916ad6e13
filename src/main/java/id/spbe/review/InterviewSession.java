package id.spbe.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One interview session (penilaian interviu) of an evaluation: when, how, who, and what was found. */
@Entity
@Table(name = "interview_session")
class InterviewSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private LocalDateTime heldAt;
	private String place;
	private String medium;
	private String meetingLink;
	private String findings;
	private String recommendations;
	private long createdBy;
	private Instant createdAt;
	@Version
	private long version;
	@OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<InterviewAttendee> attendees = new ArrayList<>();
	@OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<InterviewNote> notes = new ArrayList<>();

	protected InterviewSession() {
	}

	InterviewSession(long evaluationId, long createdBy, Instant createdAt) {
		this.evaluationId = evaluationId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long getEvaluationId() {
		return evaluationId;
	}

	Long getId() {
		return id;
	}

	void update(SessionDetails d) {
		this.heldAt = d.heldAt();
		this.place = d.place();
		this.medium = d.medium();
		this.meetingLink = d.meetingLink();
		this.findings = d.findings();
		this.recommendations = d.recommendations();
		attendees.clear();
		int ordinal = 0;
		for (SessionView.Attendee a : d.attendees()) {
			attendees.add(new InterviewAttendee(this, a, ordinal++));
		}
	}

	void note(int number, String text) {
		notes.stream().filter(n -> n.number() == number).findFirst().ifPresentOrElse(n -> n.setText(text),
				() -> notes.add(new InterviewNote(this, number, text)));
	}

	SessionView toView() {
		return new SessionView(id, evaluationId, heldAt, place, medium, meetingLink, findings, recommendations,
				attendees.stream().map(InterviewAttendee::toView).toList(),
				notes.stream().sorted(Comparator.comparingInt(InterviewNote::number)).map(InterviewNote::toView).toList(),
				createdBy);
	}
}
