package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.tajriba.actions.CaseChange;
import io.tajriba.actions.CaseView;
import io.tajriba.actions.Cases;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.stereotype.Component;

/**
 * Works the demo's cases as a team would have: most answered within hours and resolved within days with a root
 * cause, some waiting on the customer, some still open, a few left untouched until they missed their targets; a
 * share of the closed ones with the customer asked again by phone whether things are better. Seeded, so every
 * demo starts alike.
 */
@Component
class DemoCaseWork {

	private static final List<String> CAUSES = List.of("waiting_time", "support", "payment", "delivery", "staff",
			"quality", "app", "price");
	private static final List<String> FIRST_WORDS = List.of("Called the customer, apologised and listened.",
			"Left a voicemail and sent an e-mail with my direct number.",
			"Reached the customer: the billing line kept them waiting for 25 minutes.",
			"Customer confirmed the problem; checking with the billing team.");
	private static final List<String> RESOLUTIONS = List.of("Refunded the double charge and explained the bill.",
			"Sent a replacement with express delivery.", "Fixed the account and called back to confirm.",
			"Coached the agent; the customer accepted a voucher.");

	private final Cases cases;
	private final Clock clock;

	DemoCaseWork(Cases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	/** How many cases were worked. */
	int work(UUID workspaceId, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<CaseView> all = new ArrayList<>();
		Access admin = new Access(workspaceId, Role.OWNER, "demo", null, null);
		for (int page = 0;; page++) {
			List<CaseView> some = cases.list(admin, page, 200);
			all.addAll(some);
			if (some.size() < 200) {
				break;
			}
		}
		Instant now = clock.instant();
		for (CaseView c : all) {
			work(workspaceId, c, random.nextDouble(), random, now);
		}
		return all.size();
	}

	private void work(UUID workspaceId, CaseView c, double fate, SplittableRandom random, Instant now) {
		// the owner works the case; as an admin here, so that any owner of the demo may
		Access owner = new Access(workspaceId, Role.ADMIN, c.ownerName() == null ? "demo" : c.ownerName(), c.owner(),
				null);
		Instant opened = c.openedAt();
		// people work in the workspace's business hours: each step some working hours after the one before
		java.util.function.BiFunction<Instant, Double, Instant> after = (from, hours) -> cases.afterBusinessTime(
				workspaceId, from, java.time.Duration.ofMinutes((long) (hours * 60)));
		if (fate < 0.12) {
			return; // nobody has acted yet: some of these miss their targets
		}
		Instant first = after.apply(opened, 0.2 + random.nextDouble() * (fate < 0.3 ? 10 : 3));
		if (!first.isBefore(now)) {
			return;
		}
		cases.comment(owner, c.id(), FIRST_WORDS.get(random.nextInt(FIRST_WORDS.size())), first);
		cases.change(owner, c.id(), change("open"), first);
		if (fate < 0.25) {
			return;
		}
		Instant waiting = after.apply(first, 1 + random.nextDouble() * 5);
		if (fate < 0.38 && waiting.isBefore(now)) {
			cases.change(owner, c.id(), change("waiting"), waiting);
			return;
		}
		Instant resolved = after.apply(first, 1 + random.nextDouble() * (fate < 0.5 ? 30 : 12));
		if (!resolved.isBefore(now)) {
			return;
		}
		String cause = c.touchpoint() != null && c.touchpoint().equals("IVR billing")
				? (random.nextBoolean() ? "payment" : "waiting_time") : CAUSES.get(random.nextInt(CAUSES.size()));
		boolean other = random.nextDouble() < 0.08;
		cases.change(owner, c.id(), new CaseChange("resolved", null, null, other ? "other" : cause,
				other ? "A courier strike in the region" : null, random.nextDouble() < 0.82,
				RESOLUTIONS.get(random.nextInt(RESOLUTIONS.size())), null), resolved);
		Instant closed = after.apply(resolved, 1 + random.nextDouble() * 8);
		if (fate < 0.55 || !closed.isBefore(now)) {
			return;
		}
		cases.change(owner, c.id(), change("closed"), closed);
		Instant asked = after.apply(closed, 4 + random.nextDouble() * 12);
		if (c.customerId() != null && random.nextDouble() < 0.5 && asked.isBefore(now)) {
			// most customers whose problem was fixed say so; a few are still unhappy
			int score = random.nextDouble() < 0.68 ? 7 + random.nextInt(4) : random.nextInt(7);
			cases.recoveryAnswer(owner, c.id(), "nps", score, asked);
		}
	}

	private static CaseChange change(String status) {
		return new CaseChange(status, null, null, null, null, null, null, null);
	}
}
