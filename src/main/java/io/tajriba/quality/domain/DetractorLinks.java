package io.tajriba.quality.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which served interactions an unhappy answer (an NPS detractor, a dissatisfied CSAT or a difficult CES) is about,
 * given within {@link #WINDOW} after the interaction. An answer whose response names one of the interactions is
 * about that one; one that names another interaction the workspace has is about that other one (not about
 * anything here); one that names nothing known is about the customer's latest served interaction before it.
 */
public final class DetractorLinks {

	/** How long after an interaction an answer may still be about it: a week. */
	public static final Duration WINDOW = Duration.ofDays(7);

	/** A served interaction: its event id, its customer if known, when it happened. */
	public record Served(String id, @Nullable UUID customer, Instant at) {
	}

	/**
	 * An unhappy answer of a customer at {@code at}; {@code named} the interaction its response names, if any, and
	 * {@code namedElsewhere} whether that names an interaction of the workspace outside those served here.
	 */
	public record Answer(UUID customer, Instant at, @Nullable String named, boolean namedElsewhere) {
	}

	private final Map<String, Served> byId = new HashMap<>();
	private final Map<UUID, List<Served>> byCustomer = new HashMap<>();

	public DetractorLinks(List<Served> served) {
		for (Served s : served) {
			byId.put(s.id(), s);
			if (s.customer() != null) {
				byCustomer.computeIfAbsent(s.customer(), c -> new ArrayList<>()).add(s);
			}
		}
		byCustomer.values().forEach(list -> list.sort(Comparator.comparing(Served::at).thenComparing(Served::id)));
	}

	/** Whether the response names one of the served interactions, so that no other reading is needed for it. */
	public boolean knows(@Nullable String id) {
		return id != null && byId.containsKey(id);
	}

	/** The event ids of the served interactions these answers are about. */
	public Set<String> linked(List<Answer> answers) {
		Set<String> linked = new HashSet<>();
		for (Answer answer : answers) {
			Served about = about(answer);
			if (about != null) {
				linked.add(about.id());
			}
		}
		return linked;
	}

	private @Nullable Served about(Answer answer) {
		if (answer.named() != null && byId.containsKey(answer.named())) {
			Served named = byId.get(answer.named());
			return within(named, answer.at()) ? named : null;
		}
		if (answer.namedElsewhere()) {
			return null;
		}
		Served latest = null;
		for (Served s : byCustomer.getOrDefault(answer.customer(), List.of())) {
			if (within(s, answer.at())) {
				latest = s;
			}
		}
		return latest;
	}

	private static boolean within(Served served, Instant answeredAt) {
		return !answeredAt.isBefore(served.at()) && !answeredAt.isAfter(served.at().plus(WINDOW));
	}
}
