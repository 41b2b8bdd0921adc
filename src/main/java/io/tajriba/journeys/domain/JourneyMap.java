package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A journey map without identity: its name and its ordered stages. The order is the order customers are expected
 * to go through, which conversion and drop-off are measured along.
 */
public record JourneyMap(LocalizedText name, List<Stage> stages) {

	public static final int MAX_STAGES = 20;

	public JourneyMap {
		if (name == null || name.blank() || name.maxLength() > 100) {
			throw new IllegalArgumentException("a journey map needs an English name of at most 100 characters");
		}
		if (stages == null || stages.isEmpty() || stages.size() > MAX_STAGES) {
			throw new IllegalArgumentException("a journey map has 1 to " + MAX_STAGES + " stages");
		}
		var keys = new HashSet<String>();
		for (Stage stage : stages) {
			if (!keys.add(stage.key())) {
				throw new IllegalArgumentException("stage key " + stage.key() + " appears twice");
			}
		}
		stages = List.copyOf(stages);
	}

	/** The seven-stage map new journeys start from, named in en, fa, ar and he. */
	public static JourneyMap template() {
		return JourneyTemplate.map();
	}

	public int size() {
		return stages.size();
	}

	public Stage stage(int index) {
		return stages.get(index);
	}

	/** The position of the stage with this key, or -1. */
	public int indexOf(String key) {
		for (int i = 0; i < stages.size(); i++) {
			if (stages.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** This map with the stage of the same key replaced, e.g. renamed or given targets. */
	public JourneyMap with(Stage changed) {
		int index = indexOf(changed.key());
		if (index < 0) {
			throw new IllegalArgumentException("no stage " + changed.key());
		}
		var copy = new ArrayList<>(stages);
		copy.set(index, changed);
		return new JourneyMap(name, copy);
	}
}
