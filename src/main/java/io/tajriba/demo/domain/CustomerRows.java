package io.tajriba.demo.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Who a demo customer is: persona, language, home branch, and their rows for the customers API. */
final class CustomerRows {

	private CustomerRows() {
	}

	static List<String> of(String id, int index, Persona persona, String locale, String branch, boolean churned,
			Instant now, Instant end, SplittableRandom random) {
		String email = id + "@example.com";
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("age_band", persona.ageBands().get(random.nextInt(persona.ageBands().size())));
		attributes.put("city", city(branch));
		attributes.put("tech_affinity", persona.techAffinity());
		attributes.put("signup_channel", persona.online() > 0.5 ? "web" : "store");
		Instant churnedAt = churned && random.nextDouble() < 0.4 ? now.isBefore(end) ? now : null : null;
		List<String> customers = new ArrayList<>();
		customers.add(new Json().put("id", id).put("email", email)
			.put("phone", random.nextDouble() < 0.6 ? "+%d%09d".formatted(phonePrefix(locale), index) : null)
			.put("locale", locale).put("attributes", attributes)
			.put("churnedAt", churnedAt == null ? null : churnedAt.toString()).toString());
		if (random.nextDouble() < 0.02) {
			// the same person once bought as a guest: a second profile with the same e-mail, merged into this one
			customers.add(new Json().put("id", "guest-%06d".formatted(index)).put("email", email).toString());
		}
		return customers;
	}

	private static String city(String branch) {
		return switch (branch) {
			case "branch Tehran-3" -> "Tehran";
			case "branch Shiraz-1" -> "Shiraz";
			case "branch Dubai Mall" -> "Dubai";
			case "branch Tel Aviv Center" -> "Tel Aviv";
			default -> "London";
		};
	}

	private static int phonePrefix(String locale) {
		return switch (locale) {
			case "fa" -> 98;
			case "ar" -> 971;
			case "he" -> 972;
			default -> 44;
		};
	}

	static Persona persona(double roll) {
		double sum = 0;
		for (Persona p : Persona.values()) {
			sum += p.share();
			if (roll < sum) {
				return p;
			}
		}
		return Persona.BARGAIN_HUNTER;
	}

	static String locale(double roll) {
		return roll < 0.35 ? "en" : roll < 0.65 ? "fa" : roll < 0.85 ? "ar" : "he";
	}

	static String branch(String locale, SplittableRandom random) {
		return switch (locale) {
			case "fa" -> random.nextDouble() < 0.5 ? "branch Tehran-3" : "branch Shiraz-1";
			case "ar" -> "branch Dubai Mall";
			case "he" -> "branch Tel Aviv Center";
			default -> "branch London Oxford St";
		};
	}
}
