package id.spbe.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What was said about one indicator in one interview session. */
@Entity
@Table(name = "interview_note")
class InterviewNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "session_id")
	private InterviewSession session;
	@Column(name = "indicator_number")
	private int number;
	private String note;

	protected InterviewNote() {
	}

	InterviewNote(InterviewSession session, int number, String note) {
		this.session = session;
		this.number = number;
		this.note = note;
	}

	int number() {
		return number;
	}

	void setText(String note) {
		this.note = note;
	}

	SessionView.Note toView() {
		return new SessionView.Note(number, note);
	}
}
