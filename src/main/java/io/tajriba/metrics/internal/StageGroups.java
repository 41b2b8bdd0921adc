package io.tajriba.metrics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.journeys.JourneyStages;
import io.tajriba.metrics.internal.ScaleGroups.Group;
import io.tajriba.surveys.SurveyScores.Count;
import org.jspecify.annotations.Nullable;

/**
 * Score counts grouped by touchpoint folded into counts per journey stage, in plain Java over the counts the
 * rollups give, so that a stage's figures are exactly those of its touchpoints' answers. An answer counts in each
 * stage that lists its touchpoint, so a touchpoint several stages list counts in each of them (and the stages'
 * answers may add up to more than all answers); an answer at no touchpoint, or at one no stage lists, counts in the
 * unassigned group, whose key is null. The stages come in the map's order, the unassigned group last.
 */
final class StageGroups {

	private StageGroups() {
	}

	/**
	 * Folds {@code rows} whose group (or, when {@code second}, subgroup) is a touchpoint into one scale count per
	 * stage and other group, on a {@code min}-{@code max} scale. With the stages first, the subgroups of a stage come
	 * in the order of their keys; with the stages second, the groups do, each one's stages in the map's order.
	 */
	static List<Group> fold(List<Count> rows, List<JourneyStages.Stage> stages, boolean second, int min, int max) {
		Map<String, List<String>> stagesOf = new HashMap<>();
		Map<String, Integer> order = new HashMap<>();
		for (JourneyStages.Stage stage : stages) {
			order.put(stage.key(), order.size());
			for (String touchpoint : stage.touchpoints()) {
				stagesOf.computeIfAbsent(touchpoint, t -> new ArrayList<>()).add(stage.key());
			}
		}
		List<@Nullable String> unassigned = Arrays.asList((String) null);
		List<Count> byStage = new ArrayList<>();
		for (Count row : rows) {
			String touchpoint = second ? row.subgroup() : row.group();
			List<String> keys = touchpoint == null ? null : stagesOf.get(touchpoint);
			for (String key : keys == null ? unassigned : keys) {
				byStage.add(second ? new Count(row.group(), key, row.scaleMin(), row.scaleMax(), row.score(), row.count())
						: new Count(key, row.subgroup(), row.scaleMin(), row.scaleMax(), row.score(), row.count()));
			}
		}
		Comparator<@Nullable String> stageOrder = Comparator
			.comparingInt(key -> key == null ? order.size() : order.getOrDefault(key, order.size()));
		Comparator<@Nullable String> text = Comparator.comparing(key -> key == null ? "" : key);
		Comparator<Group> sorted = second
				? Comparator.comparing(Group::group, text).thenComparing(Group::subgroup, stageOrder)
				: Comparator.comparing(Group::group, stageOrder).thenComparing(Group::subgroup, text);
		return ScaleGroups.fold(byStage, min, max, group -> group).stream().sorted(sorted).toList();
	}
}
