package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which stage of a map an interaction belongs to, in this order: the stage named with the interaction (a key of
 * the map; a key the map does not have is passed over, as maps are renamed and trimmed after the data came in),
 * else the one stage its touchpoint is assigned to, else the earliest stage its type is evidence of,
 * else none. A touchpoint serving several stages (a branch where people browse and buy) is settled by the type:
 * the earliest of its stages that lists the type, else its earliest stage.
 */
public final class StageAssignment {

	public static final int UNASSIGNED = -1;

	private static final int[] NONE = new int[0];

	private final Map<String, Integer> byKey = new HashMap<>();
	private final Map<String, int[]> byTouchpoint;
	private final Map<String, int[]> byType;

	private StageAssignment(JourneyMap map) {
		var touchpoints = new HashMap<String, List<Integer>>();
		var types = new HashMap<String, List<Integer>>();
		for (int i = 0; i < map.size(); i++) {
			Stage stage = map.stage(i);
			byKey.put(stage.key(), i);
			for (String touchpoint : stage.touchpoints()) {
				touchpoints.computeIfAbsent(touchpoint, t -> new ArrayList<>()).add(i);
			}
			for (String type : stage.interactionTypes()) {
				types.computeIfAbsent(type, t -> new ArrayList<>()).add(i);
			}
		}
		byTouchpoint = frozen(touchpoints);
		byType = frozen(types);
	}

	public static StageAssignment of(JourneyMap map) {
		return new StageAssignment(map);
	}

	/** The index of the stage with this key, or {@link #UNASSIGNED}; for stages named with interactions. */
	public int stageIndex(@Nullable String key) {
		Integer index = key == null ? null : byKey.get(key);
		return index == null ? UNASSIGNED : index;
	}

	/** The same rule over dictionary codes, remembering each touchpoint and type pair once decided. */
	public CodedStageAssignment coded(Dictionary touchpoints, Dictionary types) {
		return new CodedStageAssignment(this, touchpoints, types);
	}

	/** The stage index for an interaction, or {@link #UNASSIGNED}; any argument may be null. */
	public int stageOf(@Nullable String explicitStage, @Nullable String touchpoint, @Nullable String type) {
		Integer explicit = explicitStage == null ? null : byKey.get(explicitStage);
		if (explicit != null) {
			return explicit;
		}
		int[] served = touchpoint == null ? NONE : byTouchpoint.getOrDefault(touchpoint, NONE);
		int[] evidenced = type == null ? NONE : byType.getOrDefault(type, NONE);
		if (served.length == 1) {
			return served[0];
		}
		if (served.length > 1) {
			return firstCommon(served, evidenced, served[0]);
		}
		return evidenced.length > 0 ? evidenced[0] : UNASSIGNED;
	}

	// both arrays are ascending stage indexes, so the first common one is the earliest stage
	private static int firstCommon(int[] served, int[] evidenced, int otherwise) {
		for (int stage : served) {
			for (int candidate : evidenced) {
				if (candidate == stage) {
					return stage;
				}
			}
		}
		return otherwise;
	}

	private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
		var result = new HashMap<String, int[]>();
		lists.forEach((name, stages) -> result.put(name, stages.stream().mapToInt(Integer::intValue).toArray()));
		return Map.copyOf(result);
	}
}
