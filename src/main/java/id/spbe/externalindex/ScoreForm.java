package id.spbe.externalindex;

import java.io.Serializable;

/** One national index score as typed on the period's page: kept as text, so nothing typed is lost. */
class ScoreForm implements Serializable {

	private String evaluationId;
	private String indicator;
	private String score;
	private String source;
	private String date;

	public String getEvaluationId() {
		return evaluationId;
	}

	public void setEvaluationId(String evaluationId) {
		this.evaluationId = evaluationId;
	}

	public String getIndicator() {
		return indicator;
	}

	public void setIndicator(String indicator) {
		this.indicator = indicator;
	}

	public String getScore() {
		return score;
	}

	public void setScore(String score) {
		this.score = score;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	/** A CSV upload: nothing is typed, but its refusals (per line) need a form to show on. */
	static class UploadForm implements Serializable {
	}
}
