package io.tajriba.customers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the text analytics read in the texts of timeline entries (reviews, transcripts, e-mails), shown beside them
 * on the 360 page. Provided by the module that analyses texts, without this module knowing it.
 */
public interface TimelineTexts {

	/** The reading of each analysed text among these entries of one {@code source}, by entry id. */
	Map<String, Reading> readings(UUID workspaceId, String source, Collection<String> entryIds);

	/** A text's sentiment (negative, neutral, positive) and the emotions found in it. */
	record Reading(String sentiment, List<String> emotions) {

		public Reading {
			emotions = List.copyOf(emotions);
		}
	}
}
