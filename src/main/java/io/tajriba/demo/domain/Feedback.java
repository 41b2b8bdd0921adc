package io.tajriba.demo.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * What the demo company's customers answer in its three surveys, as rows of the responses import: effort and agent
 * satisfaction after a support contact, satisfaction and repurchase intent after a purchase, and the relationship
 * NPS with ratings of support, checkout, prices and stores. The NPS is built from those ratings with known weights
 * (support most, then checkout, prices, stores), which driver analysis should find again.
 */
public final class Feedback {

	/** A response to one of the demo surveys. */
	public record Response(String survey, String json) {
	}

	public static final String SUPPORT = "post-support-ces";
	public static final String PURCHASE = "post-purchase-csat";
	public static final String RELATIONSHIP = "relationship-nps";

	/** How much each rating moves the NPS answer, per point of the rating: the planted driver order. */
	static final List<Map.Entry<String, Double>> WEIGHTS = List.of(Map.entry("rating_support", 1.1),
			Map.entry("rating_checkout", 0.7), Map.entry("rating_price", 0.35), Map.entry("rating_store", 0.1));

	private Feedback() {
	}

	static Response support(String id, Contact contact, boolean bad, String locale, RandomGenerator random) {
		int ces = bad ? random.nextInt(1, 4) : random.nextInt(5, 8);
		int agent = bad ? random.nextInt(1, 3) : random.nextInt(4, 6);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("ces", ces);
		answers.put("agent_csat", agent);
		answers.put("resolved", List.of(bad ? (random.nextBoolean() ? "no" : "partly") : "yes"));
		if (random.nextDouble() < 0.4) {
			answers.put("comment", ReviewTexts.pick(locale, !bad, random));
		}
		return new Response(SUPPORT, row(id, contact, locale, answers));
	}

	static Response purchase(String id, Contact contact, boolean bad, boolean redesigned, String locale,
			RandomGenerator random) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("csat", CheckoutRedesign.csat(id, bad ? random.nextInt(1, 4) : random.nextInt(3, 6), bad, redesigned));
		answers.put("repurchase", bad ? random.nextInt(1, 4) : random.nextInt(3, 6));
		if (random.nextDouble() < 0.3) {
			answers.put("comment", ReviewTexts.pick(locale, !bad, random));
		}
		return new Response(PURCHASE, row(id, contact, locale, answers));
	}

	/** The relationship survey: ratings lowered where this round went wrong, and the NPS they make. */
	static Response relationship(String id, Contact contact, Map<String, Boolean> hurtAt, String locale,
			RandomGenerator random) {
		Map<String, Object> answers = new LinkedHashMap<>();
		double nps = random.nextGaussian() - 1;
		for (var weight : WEIGHTS) {
			boolean hurt = hurtAt.getOrDefault(weight.getKey(), false);
			int rating = hurt ? random.nextInt(1, 3) : random.nextInt(3, 6);
			answers.put(weight.getKey(), rating);
			nps += weight.getValue() * rating;
		}
		int score = (int) Math.max(0, Math.min(10, Math.round(nps)));
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put("nps", score);
		ordered.putAll(answers);
		boolean happy = score >= 9;
		if (random.nextDouble() < 0.5) {
			ordered.put("reason", ReviewTexts.pick(locale, score >= 7, random));
		}
		ordered.put("feeling", List.of(happy ? (random.nextBoolean() ? "delighted" : "satisfied")
				: score <= 6 ? (random.nextBoolean() ? "frustrated" : "angry") : "neutral"));
		return new Response(RELATIONSHIP, row(id, contact, locale, ordered));
	}

	/** What a response is about. */
	record Contact(String customer, @Nullable String interaction, String channel, String touchpoint,
			@Nullable String agent, Instant at) {
	}

	private static String row(String id, Contact c, String locale, Map<String, Object> answers) {
		return new Json().put("id", id).put("customer", c.customer()).put("interaction", c.interaction())
			.put("channel", c.channel()).put("touchpoint", c.touchpoint()).put("agent", c.agent())
			.put("submittedAt", c.at().toString()).put("locale", locale).put("answers", answers).toString();
	}
}
