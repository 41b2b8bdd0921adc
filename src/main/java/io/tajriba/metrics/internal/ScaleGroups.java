package io.tajriba.metrics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.tajriba.metrics.domain.ScaleCounts;
import io.tajriba.surveys.SurveyScores.Count;
import org.jspecify.annotations.Nullable;

/** Score counts from the database folded into one scale count per group (a group's key may be renamed on the way). */
final class ScaleGroups {

	/** A group, its optional second-level group, and its answers. */
	record Group(@Nullable String group, @Nullable String subgroup, ScaleCounts counts) {
	}

	private ScaleGroups() {
	}

	static List<Group> fold(List<Count> rows, int min, int max, Function<@Nullable String, @Nullable String> rename) {
		Map<List<@Nullable String>, long[]> groups = new LinkedHashMap<>();
		for (Count row : rows) {
			if (row.score() < min || row.score() > max) {
				continue;
			}
			List<@Nullable String> key = java.util.Arrays.asList(rename.apply(row.group()), row.subgroup());
			groups.computeIfAbsent(key, k -> new long[max - min + 1])[row.score() - min] += row.count();
		}
		List<Group> folded = new ArrayList<>();
		groups.forEach((key, counts) -> folded.add(new Group(key.get(0), key.get(1),
				new ScaleCounts(min, max, java.util.Arrays.stream(counts).boxed().toList()))));
		return folded;
	}
}
