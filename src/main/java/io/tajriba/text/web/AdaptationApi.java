package io.tajriba.text.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Heavy;
import io.tajriba.platform.BatchReader;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.text.Adaptation;
import io.tajriba.text.RatedText;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.internal.Adaptations;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Text analytics")
@RestController
@RequestMapping("/api/v1/text/adaptation")
class AdaptationApi {

	private final Workspaces workspaces;
	private final TextAnalytics text;
	private final Adaptations adaptations;
	private final int maxRows;

	AdaptationApi(Workspaces workspaces, TextAnalytics text, Adaptations adaptations,
			@Value("${tajriba.api.max-rows:10000}") int maxRows) {
		this.workspaces = workspaces;
		this.text = text;
		this.adaptations = adaptations;
		this.maxRows = maxRows;
	}

	@Operation(summary = "Adapt sentiment to the workspace's feedback: [{text, nps}] (0-6 negative, 9-10 positive, "
			+ "7-8 unused); per language, accuracy of the shipped and the adapted model on a held-out 20%, and "
			+ "whether the adapted one is kept (only when better)")
	@Heavy
	@PostMapping
	List<Adaptation> adapt(@RequestBody JsonNode body) {
		var access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot retrain");
		}
		if (!body.isArray()) {
			throw new InvalidFieldException("[0]", "send an array of {text, nps}");
		}
		if (body.size() > maxRows) {
			throw new BatchReader.TooManyRowsException(maxRows);
		}
		var rated = new ArrayList<RatedText>();
		for (int i = 0; i < body.size(); i++) {
			rated.add(rated(body.get(i), i));
		}
		return text.adapt(access.workspaceId(), rated);
	}

	private static RatedText rated(JsonNode row, int i) {
		if (!row.isObject()) {
			throw new InvalidFieldException("[" + i + "]", "must be an object with text and nps");
		}
		var fields = new JsonFields(row);
		try {
			var nps = fields.integer("nps");
			if (nps == null || nps < 0 || nps > 10) {
				throw new InvalidFieldException("nps", "must be a whole number from 0 to 10");
			}
			return new RatedText(fields.requiredText("text", TextApi.MAX_TEXT), nps);
		} catch (InvalidFieldException e) {
			throw new InvalidFieldException("[" + i + "]." + e.field(), e.getMessage());
		}
	}

	@Operation(summary = "The last adaptation per language (for the current models): texts, accuracy before and "
			+ "after, kept or not")
	@GetMapping
	List<Adaptation> list() {
		return adaptations.list(workspaces.current().workspaceId());
	}
}
