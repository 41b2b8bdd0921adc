package io.tajriba.demo.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;


import org.jspecify.annotations.Nullable;

/**
 * The life of one customer with the demo company: found through e-mail or social media, browsing, buying on their
 * persona's channels, contacting support, reviewing and sharing, cycle after cycle, until the end of the period or
 * until a bad experience (most likely at a planted pain point) makes them leave.
 */
final class CustomerStory {

	private static final double BASE_CHURN = 0.03;
	private static final String CURRENCY = "USD";

	private final int index;
	private final String id;
	private final Persona persona;
	private final String locale;
	private final String branch;
	private final SplittableRandom random;
	// answers draw from their own stream, so that the interactions are the same with or without them
	private final SplittableRandom answers;
	private final List<Feedback.Response> responses = new ArrayList<>();
	private final Map<String, Boolean> roundHurt = new LinkedHashMap<>();
	private final Instant end;
	private final Instant redesign;
	private final List<String> rows = new ArrayList<>();
	private final Set<String> bad = new LinkedHashSet<>();
	private Instant now;
	private int sequence;

	CustomerStory(int index, DemoSizes sizes) {
		this.index = index;
		this.id = "cust-%06d".formatted(index);
		this.random = new SplittableRandom(sizes.seed() * 1_000_003L + index);
		this.answers = new SplittableRandom(sizes.seed() * 7_000_003L + index);
		this.persona = CustomerRows.persona(random.nextDouble());
		this.locale = CustomerRows.locale(random.nextDouble());
		this.branch = CustomerRows.branch(locale, random);
		this.end = sizes.end();
		this.redesign = CheckoutRedesign.launch(end);
		long startDay = random.nextLong((long) (sizes.days() * 0.7));
		this.now = end.minus(Duration.ofDays(sizes.days())).plus(Duration.ofDays(startDay))
			.plusSeconds(random.nextLong(86_400));
	}

	DemoCustomer tell() {
		boolean churned = false;
		boolean first = true;
		while (now.isBefore(end) && !churned) {
			List<PainPoint> hurt = cycle(first);
			first = false;
			double churn = hurt.stream().mapToDouble(PainPoint::churnAfterBad).max().orElse(BASE_CHURN);
			churned = random.nextDouble() < churn;
			now = now.plus(Duration.ofDays(gapDays())).plusSeconds(random.nextLong(36_000));
		}
		return new DemoCustomer(id, persona, customerRows(churned), rows, churned, List.copyOf(bad),
				List.copyOf(responses));
	}

	/** One round from interest to advocacy; answers the touchpoints where it went wrong. */
	private List<PainPoint> cycle(boolean first) {
		List<PainPoint> hurt = new ArrayList<>();
		String session = "s-%d-%d".formatted(index, sequence);
		if (first) {
			if (random.nextDouble() < 0.6) {
				event("email", "email", "newsletter", "awareness", null, null, null, null);
			}
			else {
				event("share", "social", "campaign post", "awareness", null, null, null, null);
			}
			later(1, 72);
			event("visit", "web", "search", "discovery", session, random.nextInt(30, 400), null, null);
			if (random.nextDouble() < 0.15) {
				event("bounce", "web", "search", "discovery", session, random.nextInt(3, 20), null, null);
				return hurt;
			}
		}
		boolean online = random.nextDouble() < persona.online();
		boolean app = online && persona == Persona.DIGITAL_REGULAR && random.nextDouble() < 0.6;
		later(0, 48);
		if (app) {
			event("app_session", "app", "home", "interest", session, random.nextInt(60, 900), null, null);
		}
		else if (online) {
			event("visit", "web", "product page", "interest", session, random.nextInt(20, 300), null, null);
		}
		else {
			event("store_visit", "store", branch, "interest", null, random.nextInt(300, 2400), null, null);
		}
		if (random.nextDouble() < 0.5) {
			event("page_view", "web", "reviews", "consideration", session, random.nextInt(20, 240), null, null);
		}
		else if (random.nextDouble() < 0.3) {
			chat("pre-sales chat", "consideration", hurt);
		}
		later(0, 96);
		purchase(online, app, session, hurt);
		if (random.nextDouble() < 0.45) {
			later(24, 24 * 10);
			support(hurt);
		}
		later(24, 24 * 14);
		advocacy(hurt.isEmpty());
		askRelationship();
		return hurt;
	}

	private void purchase(boolean online, boolean app, String session, List<PainPoint> hurt) {
		String channel = app ? "app" : online ? "web" : "store";
		String touchpoint = app ? "cart" : online ? "checkout" : branch;
		boolean failed = badAt(channel, touchpoint, 1.0, hurt);
		if (failed && online) {
			event("bounce", channel, touchpoint, "action", session, random.nextInt(30, 300), null,
					Map.of("outcome", "bad", "reason", "payment failed"));
			if (random.nextDouble() < 0.5) {
				return;
			}
			later(1, 24);
		}
		int low = persona.minOrder();
		double value = Math.round((low + random.nextDouble() * (persona.maxOrder() - low)) * 100) / 100.0;
		if (online) {
			event("conversion", channel, touchpoint, "action", session, null, null, null);
		}
		event("purchase", channel, touchpoint, "action", online ? session : null, null, value,
				Map.of("outcome", failed && !online ? "bad" : "good"));
		ask(0.25, channel, touchpoint, null, (fid, contact) -> Feedback.purchase(fid, contact, failed,
				touchpoint.equals("checkout") && !contact.at().isBefore(redesign), locale, answers));
		if (random.nextDouble() < 0.04) {
			later(48, 24 * 20);
			event("refund", channel, touchpoint, "use", null, null, value, Map.of("outcome", "bad"));
		}
	}

	private void support(List<PainPoint> hurt) {
		double roll = random.nextDouble();
		boolean phone = persona == Persona.STORE_LOYALIST ? roll < 0.7 : roll < 0.4;
		if (phone) {
			String touchpoint = random.nextDouble() < 0.6 ? "IVR billing" : "IVR orders";
			int agent = Agents.pick(random);
			boolean isBad = badAt("call_center", touchpoint, Agents.badFactor(agent), hurt);
			int seconds = isBad ? random.nextInt(1200, 3000) : random.nextInt(120, 600);
			event("call", "call_center", touchpoint, "use", null, seconds, null, outcome(isBad), Agents.NAMES.get(agent),
					isBad && random.nextDouble() < 0.5 ? ReviewTexts.pick(locale, false, random) : null);
			askAfterSupport("call_center", touchpoint, agent, isBad);
		}
		else if (roll < 0.8) {
			chat("support chat", "use", hurt);
		}
		else {
			int agent = Agents.pick(random);
			boolean isBad = badAt("email", "support mailbox", Agents.badFactor(agent), hurt);
			event("support_ticket", "email", "support mailbox", "use", null, null, null, outcome(isBad),
					Agents.NAMES.get(agent), ReviewTexts.pick(locale, !isBad, random));
			askAfterSupport("email", "support mailbox", agent, isBad);
		}
	}

	private void chat(String touchpoint, String stage, List<PainPoint> hurt) {
		int agent = Agents.pick(random);
		boolean isBad = badAt("chat", touchpoint, Agents.badFactor(agent), hurt);
		event("chat", "chat", touchpoint, stage, null, random.nextInt(60, 1200), null, outcome(isBad),
				Agents.NAMES.get(agent), ReviewTexts.pick(locale, !isBad, random));
		askAfterSupport("chat", touchpoint, agent, isBad);
	}

	private void askAfterSupport(String channel, String touchpoint, int agent, boolean isBad) {
		ask(0.35, channel, touchpoint, Agents.NAMES.get(agent),
				(fid, contact) -> Feedback.support(fid, contact, isBad, locale, answers));
	}

	/** Now and then, a survey answer about the contact just made, a few hours later. */
	private void ask(double chance, String channel, String touchpoint, @Nullable String agent,
			java.util.function.BiFunction<String, Feedback.Contact, Feedback.Response> answer) {
		Instant at = now.plusSeconds(answers.nextLong(600, 6 * 3600));
		if (answers.nextDouble() < chance && at.isBefore(end)) {
			responses.add(answer.apply("fb-%d-%d".formatted(index, responses.size()), new Feedback.Contact(id,
					"demo-%d-%d".formatted(index, sequence - 1), channel, touchpoint, agent, at)));
		}
	}

	/** At the end of a round, a third of customers rate the company: lower where this round hurt them. */
	private void askRelationship() {
		roundHurt.put("rating_price", answers.nextDouble() < (persona == Persona.BARGAIN_HUNTER ? 0.35 : 0.12));
		ask(0.3, "email", "relationship survey", null,
				(fid, contact) -> Feedback.relationship(fid, new Feedback.Contact(id, null, contact.channel(),
						contact.touchpoint(), null, contact.at()), roundHurt, locale, answers));
		roundHurt.clear();
	}

	private void advocacy(boolean happy) {
		if (random.nextDouble() < (happy ? 0.25 : 0.45)) {
			String channel = random.nextDouble() < 0.5 ? "web" : persona == Persona.STORE_LOYALIST ? "store" : "app";
			String touchpoint = channel.equals("store") ? branch : "reviews";
			event("review", channel, touchpoint, "advocacy", null, null, null, outcome(!happy), null,
					ReviewTexts.pick(locale, happy, random));
		}
		if (happy && random.nextDouble() < 0.2) {
			event("share", "social", "product share", "advocacy", null, null, null, null);
		}
	}

	/** Whether the contact at this touchpoint goes wrong; a bad one is remembered for the churn decision. */
	private boolean badAt(String channel, String touchpoint, double factor, List<PainPoint> hurt) {
		PainPoint point = PainPoint.at(channel, touchpoint);
		boolean isBad = random.nextDouble() < Math.min(0.95, point.badShare() * factor);
		if (isBad) {
			hurt.add(point);
			bad.add(channel + "/" + touchpoint);
			roundHurt.put(switch (channel) {
				case "call_center", "chat", "email" -> "rating_support";
				case "store" -> "rating_store";
				default -> "rating_checkout";
			}, true);
		}
		return isBad;
	}

	private static Map<String, Object> outcome(boolean bad) {
		return Map.of("outcome", bad ? "bad" : "good");
	}

	private void event(String type, String channel, String touchpoint, String stage, @Nullable String session,
			@Nullable Integer seconds, @Nullable Double value, @Nullable Map<String, Object> extra) {
		event(type, channel, touchpoint, stage, session, seconds, value, extra, null, null);
	}

	private void event(String type, String channel, String touchpoint, String stage, @Nullable String session,
			@Nullable Integer seconds, @Nullable Double value, @Nullable Map<String, Object> extra,
			@Nullable String agent, @Nullable String text) {
		if (now.isAfter(end)) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("stage", stage);
		if (extra != null) {
			properties.putAll(extra);
		}
		rows.add(new Json().put("id", "demo-%d-%d".formatted(index, sequence++)).put("customer", id).put("type", type)
			.put("channel", channel).put("touchpoint", touchpoint).put("occurredAt", now.toString())
			.put("agent", agent).put("sessionId", session).put("value", value)
			.put("currency", value == null ? null : CURRENCY).put("durationSeconds", seconds).put("text", text)
			.put("properties", properties).toString());
		now = now.plusSeconds(seconds == null ? random.nextInt(30, 600) : seconds + random.nextInt(5, 120));
	}

	private void later(int minHours, int maxHours) {
		now = now.plus(Duration.ofMinutes(random.nextLong(minHours * 60L, maxHours * 60L + 1)));
	}

	private long gapDays() {
		return switch (persona) {
			case DIGITAL_REGULAR -> random.nextLong(7, 30);
			case STORE_LOYALIST -> random.nextLong(20, 60);
			case BARGAIN_HUNTER -> random.nextLong(15, 50);
		};
	}

	private List<String> customerRows(boolean churned) {
		return CustomerRows.of(id, index, persona, locale, branch, churned, now, end, random);
	}
}
