package io.tajriba.demo.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.QualitySetup;
import io.tajriba.quality.QualitySetup.Card;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo company's calibration session, closed: its three reviewers scored the same six calls blind. They agree
 * on the factual criteria and not on empathy (each reads "courteous" their own way), which the agreement table
 * flags for rewording.
 */
@Component
class DemoCalibration {

	static final String NAME = "Calls: monthly calibration";

	private final QualitySetup setup;

	DemoCalibration(QualitySetup setup) {
		this.setup = setup;
	}

	void seed(UUID workspaceId, Map<String, UUID> people, UUID owner, List<DemoReviews.Made> reviewed) {
		Card calls = setup.scorecards(workspaceId).stream().filter(c -> c.channel().equals("call")).findFirst()
			.orElse(null);
		List<DemoReviews.Made> sample = reviewed.stream()
			.filter(m -> DemoReviews.scorecardChannel(m.channel()).equals("call"))
			.sorted(Comparator.comparing(DemoReviews.Made::at).reversed().thenComparing(DemoReviews.Made::interaction))
			.limit(6).toList();
		if (calls == null || sample.size() < 2) {
			return;
		}
		List<Access> panel = List.of(new Access(workspaceId, Role.OWNER, "user:owner", owner, null),
				access(workspaceId, DemoTeam.MANAGER, people, Role.ADMIN),
				access(workspaceId, DemoTeam.QUALITY, people, Role.ANALYST));
		UUID session = setup.calibration(panel.get(2), NAME, calls.id(),
				sample.stream().map(DemoReviews.Made::interaction).toList(),
				panel.stream().map(Access::userId).toList());
		for (int r = 0; r < panel.size(); r++) {
			for (int i = 0; i < sample.size(); i++) {
				setup.calibrationScore(panel.get(r), session, sample.get(i).interaction(),
						scored(calls, sample.get(i).answers(), r, i), Map.of());
			}
		}
		setup.closeCalibration(panel.get(2), session);
	}

	/** The review's points as this reviewer gives them: the same, except empathy, read differently by each. */
	static Map<String, @Nullable Integer> scored(Card card, Map<String, @Nullable Integer> answers, int reviewer,
			int item) {
		Map<String, @Nullable Integer> points = new HashMap<>(answers);
		for (QualitySetup.Scale c : card.criteria()) {
			if (c.key().equals("empathy")) {
				int spread = ((reviewer * 2 + item) % 5);
				points.put(c.key(), c.min() + spread * (c.max() - c.min()) / 4);
			}
		}
		return points;
	}

	private static Access access(UUID workspaceId, DemoTeam.Person person, Map<String, UUID> people, Role role) {
		return new Access(workspaceId, role, "user:" + person.email(), people.get(person.email()), null);
	}
}
