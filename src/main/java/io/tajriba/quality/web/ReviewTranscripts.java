package io.tajriba.quality.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.Customers;
import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.Interactions;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An interaction as a review shows it beside the criteria: its transcript written in its own direction, whatever
 * the page's. The language is the one text analytics found; until the text has been analysed the browser decides
 * from the text itself (dir="auto").
 */
@Component
class ReviewTranscripts {

	/** {@code dir} is rtl, ltr or auto; {@code language} null until analysed; {@code customer} the external id. */
	record Transcript(InteractionView interaction, String dir, @Nullable String language, @Nullable String customer) {
	}

	private final Interactions interactions;
	private final TextAnalytics text;
	private final Customers customers;

	ReviewTranscripts(Interactions interactions, TextAnalytics text, Customers customers) {
		this.interactions = interactions;
		this.text = text;
		this.customers = customers;
	}

	Optional<Transcript> find(UUID workspaceId, String eventId) {
		return interactions.find(workspaceId, eventId).map(i -> {
			String language = i.text() == null ? null
					: text.result(workspaceId, "interaction", i.id(), "").map(TextAnalysis::language).orElse(null);
			String dir = language == null ? "auto" : Languages.isRightToLeft(language) ? "rtl" : "ltr";
			String customer = i.customerId() == null ? null
					: customers.externalIds(workspaceId, List.of(i.customerId())).get(i.customerId());
			return new Transcript(i, dir, language, customer);
		});
	}

	/** The kind of scorecard that fits the interaction: by its type, else its channel's name; other when neither. */
	static String channelOf(InteractionView interaction) {
		for (String name : List.of(interaction.type(), interaction.channel())) {
			String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
			if (n.equals("call") || n.contains("phone") || n.startsWith("call_")) {
				return "call";
			}
			if (n.contains("chat")) {
				return "chat";
			}
			if (n.contains("mail")) {
				return "email";
			}
		}
		return "other";
	}
}
