package io.tajriba.metrics.internal;

import java.util.ArrayList;
import java.util.List;

import io.tajriba.journeys.JourneyStages.Stage;
import io.tajriba.metrics.internal.ScaleGroups.Group;
import io.tajriba.surveys.SurveyScores.Count;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Touchpoint counts folded into journey stages, counted by hand. */
class StageGroupsTests {

	// the branch serves both purchase and support; nothing lists the faq page; advocacy has no touchpoint
	static final List<Stage> STAGES = List.of(new Stage("awareness", "Awareness", List.of("ads")),
			new Stage("purchase", "Purchase", List.of("checkout", "branch")),
			new Stage("support", "Support", List.of("branch", "call")), new Stage("advocacy", "Advocacy", List.of()));

	static Count nps(@Nullable String group, @Nullable String subgroup, int score, long count) {
		return new Count(group, subgroup, 0, 10, score, count);
	}

	static long[] counts(Group group) {
		return group.counts().counts().stream().mapToLong(Long::longValue).toArray();
	}

	@Test
	void eachStageCountsTheAnswersAtItsTouchpointsAndTheRestAreUnassigned() {
		List<Count> rows = List.of(nps("ads", null, 10, 3), nps("ads", null, 6, 1), nps("branch", null, 0, 1),
				nps("branch", null, 8, 1), nps("call", null, 10, 1), nps("checkout", null, 3, 2),
				nps("checkout", null, 9, 2), nps("faq page", null, 5, 2), nps(null, null, 10, 1),
				nps("ads", null, 11, 4));
		List<Group> groups = StageGroups.fold(rows, STAGES, false, 0, 10);
		// in the map's order, advocacy (no answers) left out, the unassigned group last
		assertThat(groups).extracting(Group::group).containsExactly("awareness", "purchase", "support", null);
		// awareness: the ads' 3 tens and a 6 (the 11 is off the scale)
		assertThat(counts(groups.get(0))).containsExactly(0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3);
		// purchase: the checkout's 3, 3, 9, 9 and the branch's 0 and 8
		assertThat(counts(groups.get(1))).containsExactly(1, 0, 0, 2, 0, 0, 0, 0, 1, 2, 0);
		// support: the branch's 0 and 8 again, and the call's 10
		assertThat(counts(groups.get(2))).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1);
		// unassigned: the faq page's two 5s and the 10 at no touchpoint
		assertThat(counts(groups.get(3))).containsExactly(0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1);
		// the branch counts in two stages: 16 answers in the stages' groups, 14 in all
		assertThat(groups.stream().mapToLong(g -> g.counts().n()).sum()).isEqualTo(16);
		assertThat(groups.get(1).subgroup()).isNull();
	}

	@Test
	void stagesAsTheSecondLevelComeInTheMapsOrderWithinEachGroup() {
		List<Count> rows = List.of(nps("web", "checkout", 3, 1), nps("web", "ads", 10, 2), nps("store", "branch", 8, 1),
				nps("store", "ads", 6, 1), nps("store", "kiosk", 9, 1));
		List<Group> groups = StageGroups.fold(rows, STAGES, true, 0, 10);
		List<String> keys = new ArrayList<>();
		groups.forEach(g -> keys.add(g.group() + "/" + g.subgroup() + "/" + g.counts().n()));
		assertThat(keys).containsExactly("store/awareness/1", "store/purchase/1", "store/support/1", "store/null/1",
				"web/awareness/2", "web/purchase/1");
	}

	@Test
	void aStageThenItsTouchpoints() {
		// grouped by touchpoint twice: the stages first, each one's touchpoints second
		List<Count> rows = List.of(nps("branch", "branch", 8, 1), nps("ads", "ads", 10, 2),
				nps("checkout", "checkout", 9, 1));
		List<String> keys = StageGroups.fold(rows, STAGES, false, 0, 10).stream()
			.map(g -> g.group() + "/" + g.subgroup() + "/" + g.counts().n()).toList();
		assertThat(keys).containsExactly("awareness/ads/2", "purchase/branch/1", "purchase/checkout/1",
				"support/branch/1");
	}

	@Test
	void withoutStagesEveryAnswerIsUnassigned() {
		List<Group> groups = StageGroups.fold(List.of(nps("ads", null, 10, 2), nps("call", null, 0, 1)),
				List.of(new Stage("awareness", "Awareness", List.of())), false, 0, 10);
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).group()).isNull();
		assertThat(groups.get(0).counts().n()).isEqualTo(3);
	}
}
