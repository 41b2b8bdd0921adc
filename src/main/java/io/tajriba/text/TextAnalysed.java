package io.tajriba.text;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A queued text was analysed (or analysed again with a new model); metrics and alerts listen to it. */
public record TextAnalysed(UUID workspaceId, String sourceKind, String sourceId, String field, String language,
		String sentiment, double score, Map<String, Double> emotions, List<String> themes) {
}
