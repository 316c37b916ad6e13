package id.spbe.results;

import id.spbe.evaluation.Stage;
import id.spbe.instrument.IndexJson;
import id.spbe.user.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluations/{id}/results}: per stage the index in the shape of
 * {@code POST /api/instruments/{code}/index}. Agency users get SELF only until the evaluation is
 * final; an evaluation the caller may not see answers 404.
 */
@RestController
class ResultsApiController {

	private final ResultsService results;

	ResultsApiController(ResultsService results) {
		this.results = results;
	}

	@GetMapping("/api/evaluations/{id}/results")
	Map<String, Object> results(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Results r = results.results(user, id);
		Map<String, Object> stages = new LinkedHashMap<>();
		for (Stage stage : r.stages()) {
			stages.put(stage.name(), IndexJson.of(r.index(stage)));
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("evaluation", id);
		json.put("instrument", r.instrument().code());
		json.put("baseline", r.baseline().map(Stage::name).orElse(null));
		json.put("stages", stages);
		return json;
	}
}
