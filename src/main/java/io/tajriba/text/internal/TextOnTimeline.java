package io.tajriba.text.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.customers.TimelineTexts;
import io.tajriba.text.TextAnalysis;
import org.springframework.stereotype.Component;

/** The sentiment and emotions of the interaction texts (reviews, transcripts) on a customer's timeline. */
@Component
class TextOnTimeline implements TimelineTexts {

	/** Timeline sources whose entries carry one text each, and the source kind those texts are queued under. */
	private static final Map<String, String> KINDS = Map.of("interactions", "interaction");

	private final TextResults results;

	TextOnTimeline(TextResults results) {
		this.results = results;
	}

	@Override
	public Map<String, Reading> readings(UUID workspaceId, String source, Collection<String> entryIds) {
		String kind = KINDS.get(source);
		Map<String, Reading> readings = new HashMap<>();
		if (kind == null || entryIds.isEmpty()) {
			return readings;
		}
		results.find(workspaceId, kind, entryIds).forEach((id, fields) -> {
			TextAnalysis analysis = fields.get("");
			if (analysis != null) {
				readings.put(id, new Reading(analysis.sentiment(), List.copyOf(analysis.emotions().keySet())));
			}
		});
		return readings;
	}
}
