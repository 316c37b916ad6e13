package id.spbe.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone present at an interview session, on the assessors' or the agency's side. */
@Entity
@Table(name = "interview_attendee")
class InterviewAttendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "session_id")
	private InterviewSession session;
	@Enumerated(EnumType.STRING)
	private SessionView.Side side;
	private String name;
	private String position;
	private String nip;
	private int ordinal;

	protected InterviewAttendee() {
	}

	InterviewAttendee(InterviewSession session, SessionView.Attendee a, int ordinal) {
		this.session = session;
		this.side = a.side();
		this.name = a.name();
		this.position = a.position();
		this.nip = a.nip();
		this.ordinal = ordinal;
	}

	SessionView.Attendee toView() {
		return new SessionView.Attendee(side, name, position, nip);
	}
}
