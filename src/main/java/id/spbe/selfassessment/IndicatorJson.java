package id.spbe.selfassessment;

import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.StageValue;
import id.spbe.evidence.EvidenceView;
import id.spbe.externalindex.ExternalScoreView;
import id.spbe.worksheet.IndicatorRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of one indicator of an evaluation and its evidence, as {@code GET /api/evaluations/{id}}
 * answers it; the assessors' stages and judgements only when the caller may see the review.
 */
final class IndicatorJson {

	private IndicatorJson() {
	}

	/** One indicator; one fed by a national index carries its value, score, source and date as {@code external}. */
	static Map<String, Object> row(IndicatorRow r, boolean assessorStages, ExternalScoreView external) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (external != null) {
			json.put("external", external.toJson());
		}
		AssessmentView a = r.entry();
		json.put("number", r.indicator().number());
		json.put("name", r.indicator().name().id());
		json.put("level", a.selfLevel());
		json.put("justification", a.justification());
		json.put("version", a.version());
		json.put("approved", a.approved());
		json.put("assignee", r.assigneeName());
		json.put("blockers", r.blockers());
		Map<String, Object> stages = new LinkedHashMap<>();
		for (Stage stage : Stage.values()) {
			if (stage == Stage.SELF || assessorStages) {
				Map<String, Object> value = new LinkedHashMap<>();
				StageValue own = a.stages().get(stage);
				value.put("level", a.levelAt(stage));
				value.put("shownLevel", a.effectiveLevel(stage));
				value.put("note", own == null ? null : own.note());
				value.put("setBy", own == null ? null : own.setBy());
				value.put("setAt", own == null ? null : own.setAt());
				stages.put(stage.name(), value);
			}
		}
		json.put("stages", stages);
		if (assessorStages) {
			json.put("recommendation", a.recommendation());
		}
		json.put("evidence", r.evidence().stream().map(ev -> evidence(ev, r.indicator().number(), assessorStages)).toList());
		return json;
	}

	private static Map<String, Object> evidence(EvidenceView e, int number, boolean withReview) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id());
		json.put("kind", e.kind());
		json.put("title", e.title());
		json.put("levels", e.useFor(number).map(EvidenceView.Use::levels).orElse(List.of()));
		json.put("items", e.useFor(number).map(EvidenceView.Use::items).orElse(List.of()));
		if (withReview) {
			json.put("reviewStatus", e.useFor(number).map(EvidenceView.Use::reviewStatus).orElse(null));
			json.put("reviewNote", e.useFor(number).map(EvidenceView.Use::reviewNote).orElse(null));
		}
		json.put("note", e.note());
		if (e.current() != null) {
			json.put("fileName", e.current().originalName());
			json.put("mediaType", e.current().mediaType());
			json.put("size", e.current().size());
			json.put("sha256", e.current().sha256());
			json.put("fileVersion", e.current().number());
			json.put("content", "/api/evidence/" + e.id() + "/content");
		}
		else {
			json.put("url", e.url());
			json.put("accessedOn", e.accessedOn());
		}
		return json;
	}
}
