package io.tajriba.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.demo.domain.DemoIdeas;
import io.tajriba.demo.domain.DemoStaff;
import io.tajriba.employees.IdeaBox;
import org.springframework.stereotype.Component;

/**
 * The demo company's idea box ({@link DemoIdeas}): each idea submitted by its employee on its day, voted for by
 * colleagues over the following days and reviewed along the statuses it reaches, so that the accepted ones have
 * become actions and every change is in its history.
 */
@Component
class DemoIdeaBox {

	private static final Map<String, List<String>> PATH = Map.of("submitted", List.of(),
			"under_review", List.of("under_review"), "accepted", List.of("under_review", "accepted"),
			"in_progress", List.of("under_review", "accepted", "in_progress"),
			"done", List.of("under_review", "accepted", "in_progress", "done"),
			"declined", List.of("under_review", "declined"), "duplicate", List.of("duplicate"));

	private final IdeaBox box;
	private final Clock clock;

	DemoIdeaBox(IdeaBox box, Clock clock) {
		this.box = box;
		this.clock = clock;
	}

	void seed(UUID workspaceId, List<DemoStaff.Person> people) {
		Instant now = clock.instant();
		Map<String, UUID> byTitle = new HashMap<>();
		for (DemoIdeas.Idea idea : DemoIdeas.IDEAS) {
			Instant at = now.minus(Duration.ofDays(idea.daysAgo())).minus(Duration.ofHours(3));
			String submitter = people.get(idea.submitter()).id();
			UUID id = box.submit(workspaceId, submitter, new IdeaBox.NewIdea(idea.title(), idea.body(),
					idea.language(), idea.stage(), idea.touchpoint(), idea.theme()), at);
			byTitle.put(idea.title(), id);
			// colleagues vote over the days after, before the idea closes
			for (int v = 0; v < idea.votes(); v++) {
				String voter = people.get((idea.submitter() + 1 + v * 5) % people.size()).id();
				box.vote(workspaceId, id, voter, at.plus(Duration.ofHours(1 + v)));
			}
			List<String> path = PATH.get(idea.status());
			for (int step = 0; step < path.size(); step++) {
				String status = path.get(step);
				Instant when = at.plus(Duration.ofHours(idea.votes() + 2L + step * Math.max(1, idea.daysAgo() * 4L)));
				String reason = status.equals(idea.status()) ? idea.reason() : null;
				UUID duplicateOf = status.equals("duplicate") ? byTitle.get(idea.reason()) : null;
				box.move(workspaceId, id, status, status.equals("duplicate") ? "Same as \"" + idea.reason() + "\""
						: reason, duplicateOf, when);
			}
		}
	}
}
