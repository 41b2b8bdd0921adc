package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import io.tajriba.demo.domain.QualityScores;
import io.tajriba.quality.QualitySetup;
import io.tajriba.quality.QualitySetup.Card;
import io.tajriba.quality.QualitySetup.Pick;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Eight weeks of the demo company's review sample, drawn as the weekly job draws it and reviewed by its quality
 * analyst and CX manager with the points {@link QualityScores} gives each agent (a third of the last week's picks
 * are still waiting in the queue); the agents who sign in acknowledge their older reviews, and four dispute one:
 * two disputes resolved (one partly accepted, one rejected), two waiting for a reviewer.
 */
@Component
class DemoReviews {

	static final int WEEKS = 8;

	/** A review made: its id, the agent's recorded name, the interaction and its channel, the answers, when. */
	record Made(UUID id, String agent, String interaction, String channel, Map<String, @Nullable Integer> answers,
			Instant at) {
	}

	private static final Map<String, String> NOTES = Map.ofEntries(Map.entry("greet", "No greeting or name at the start."),
			Map.entry("verify", "Account details discussed before the identity check."),
			Map.entry("understand", "Asked the customer to repeat the problem twice."),
			Map.entry("solve", "No fix and no next step given."), Map.entry("accuracy", "Quoted the old return policy."),
			Map.entry("empathy", "Sounded impatient when the customer was upset."),
			Map.entry("hold", "Put the customer on hold without asking."),
			Map.entry("close", "Ended without checking whether anything else was needed."),
			Map.entry("wait", "Long gaps between replies."),
			Map.entry("article", "Sent an article that does not cover this case."),
			Map.entry("tone", "Short, cold replies."), Map.entry("privacy", "Asked for the full card number in the chat."),
			Map.entry("sla", "Replied after the service level."),
			Map.entry("personal", "A template reply that ignores the question."),
			Map.entry("grammar", "Several typos and no paragraphs."));

	private final QualitySetup setup;
	private final Clock clock;

	DemoReviews(QualitySetup setup, Clock clock) {
		this.setup = setup;
		this.clock = clock;
	}

	List<Made> seed(UUID workspaceId, ZoneId zone, Map<String, UUID> people, Instant coachedAt, long seed) {
		Instant now = clock.instant();
		SplittableRandom random = new SplittableRandom(seed);
		Map<String, Card> cards = new HashMap<>();
		setup.scorecards(workspaceId).forEach(c -> cards.put(c.channel(), c));
		List<Access> reviewers = List.of(reviewer(workspaceId, DemoTeam.QUALITY, people, Role.ANALYST),
				reviewer(workspaceId, DemoTeam.MANAGER, people, Role.ADMIN));
		QualityScores scores = new QualityScores(coachedAt);
		LocalDate last = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1);
		List<Made> made = new ArrayList<>();
		for (int week = WEEKS - 1; week >= 0; week--) {
			LocalDate monday = last.minusWeeks(week);
			List<Pick> picks = new ArrayList<>(setup.sample(reviewers.getFirst(), monday, now));
			picks.sort(Comparator.comparing(Pick::interaction));
			for (Pick pick : picks) {
				Card card = cards.get(scorecardChannel(pick.channel()));
				if (card == null || pick.agentKey() == null || week == 0 && random.nextDouble() < 0.35) {
					continue;
				}
				Map<String, @Nullable Integer> answers = scores.answers(pick.agentKey(), pick.occurredAt(),
						card.criteria().stream().map(c -> new QualityScores.Criterion(c.key(), c.min(), c.max(),
								c.naAllowed(), c.critical())).toList(), random);
				Map<String, String> notes = new HashMap<>();
				for (QualitySetup.Scale c : card.criteria()) {
					Integer point = answers.get(c.key());
					if (point != null && point == c.min() && random.nextDouble() < 0.6) {
						notes.put(c.key(), NOTES.getOrDefault(c.key(), "Below the standard."));
					}
				}
				Instant at = min(pick.occurredAt().plus(Duration.ofHours(20 + random.nextInt(72))), now.minusSeconds(3600));
				Access reviewer = reviewers.get(random.nextInt(reviewers.size()));
				made.add(new Made(setup.review(reviewer, card.id(), pick.assignment(), answers, notes, at), pick.agentKey(),
						pick.interaction(), pick.channel(), answers, at));
			}
		}
		steps(workspaceId, people, made, reviewers.getFirst(), now);
		return made;
	}

	/** The signed-in agents acknowledge their reviews older than a week; four dispute one. */
	private void steps(UUID workspaceId, Map<String, UUID> people, List<Made> made, Access reviewer, Instant now) {
		Map<String, Made> disputed = new HashMap<>();
		for (String agent : List.of("Kaveh Jafari", "James Carter")) {
			made.stream().filter(m -> m.agent().equals(agent) && m.at().isBefore(now.minus(Duration.ofDays(10))))
				.min(Comparator.comparingInt(m -> total(m.answers()))).ifPresent(m -> disputed.put(agent, m));
		}
		for (String agent : List.of("Sara Ahmadi", "Layla Haddad")) {
			made.stream().filter(m -> m.agent().equals(agent)).max(Comparator.comparing(Made::at))
				.ifPresent(m -> disputed.put(agent, m));
		}
		for (Made m : made) {
			UUID user = people.get(DemoTeam.email(m.agent()));
			if (user == null || !DemoTeam.CARE.contains(m.agent()) && !DemoTeam.STORES.contains(m.agent())) {
				continue;
			}
			Access agent = new Access(workspaceId, Role.AGENT, "user:" + DemoTeam.email(m.agent()), user, null);
			Instant next = min(m.at().plus(Duration.ofHours(26)), now.minusSeconds(1800));
			if (disputed.get(m.agent()) == m) {
				dispute(agent, reviewer, m, next, now);
			}
			else if (m.at().isBefore(now.minus(Duration.ofDays(7)))) {
				setup.step(agent, m.id(), "acknowledge", null, null, null, next);
			}
		}
	}

	private void dispute(Access agent, Access reviewer, Made m, Instant at, Instant now) {
		switch (m.agent()) {
			case "Kaveh Jafari" -> {
				setup.step(agent, m.id(), "dispute", "The customer asked me to end the call, so I could not ask whether "
						+ "anything else was needed.", null, null, at);
				Map<String, @Nullable Integer> rescored = new HashMap<>(m.answers());
				rescored.computeIfPresent("close", (k, v) -> 1);
				setup.step(reviewer, m.id(), "resolve", "Right: the customer ended the call. Closing scored again; the "
						+ "rest stands.", "partly", rescored, min(at.plus(Duration.ofDays(1)), now.minusSeconds(600)));
			}
			case "James Carter" -> {
				setup.step(agent, m.id(), "dispute", "I checked the customer's identity; it happened before the "
						+ "recording started.", null, null, at);
				setup.step(reviewer, m.id(), "resolve", "The recording starts with the greeting and the balance is read "
						+ "out before any check. The review stands.", "rejected", null,
						min(at.plus(Duration.ofDays(2)), now.minusSeconds(600)));
			}
			default -> setup.step(agent, m.id(), "dispute", m.agent().startsWith("Sara")
					? "The article I sent is the one the help centre links for this error."
					: "The wait was the system being down, not me.", null, null, at);
		}
	}

	/** The scorecard's channel for an interaction's channel: the demo's calls come through its call centre. */
	static String scorecardChannel(String channel) {
		return channel.startsWith("call") ? "call" : channel.contains("chat") ? "chat"
				: channel.contains("mail") ? "email" : channel;
	}

	private static int total(Map<String, @Nullable Integer> answers) {
		return answers.values().stream().mapToInt(v -> v == null ? 0 : v).sum();
	}

	private static Access reviewer(UUID workspaceId, DemoTeam.Person person, Map<String, UUID> people, Role role) {
		return new Access(workspaceId, role, "user:" + person.email(), people.get(person.email()), null);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
