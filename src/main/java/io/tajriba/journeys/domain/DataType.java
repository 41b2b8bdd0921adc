package io.tajriba.journeys.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The kinds of data that can tell what customers experience at a stage. */
public enum DataType {

	WEB, PURCHASE, SERVICE, SURVEY, TEXT, SOCIAL, EMPLOYEE;

	/**
	 * The data type an interaction of this type gives, or null for a type that says nothing of itself (a word the
	 * workspace made up). Store visits count as behaviour with the web's: they are footfall, the offline page view.
	 * Survey scores, free text of answers and employee input come from their own modules, not from a type.
	 */
	public static @Nullable DataType ofInteractionType(String type) {
		return switch (type.toLowerCase(Locale.ROOT)) {
			case "visit", "page_view", "bounce", "conversion", "app_session", "time_on_site", "store_visit" -> WEB;
			case "purchase", "refund" -> PURCHASE;
			case "call", "chat", "email", "support_ticket" -> SERVICE;
			case "review" -> TEXT;
			case "share", "social" -> SOCIAL;
			case "survey", "survey_response" -> SURVEY;
			default -> null;
		};
	}
}
