package io.tajriba.employees.domain;

import io.tajriba.platform.InvalidFieldException;

/**
 * How answers are grouped. Teams nest in departments and departments in the workspace; locations nest in the
 * workspace, answers without a location forming a location of their own.
 */
public enum Level {

	TEAM("team"), DEPARTMENT("department"), LOCATION("location");

	/** The location group of answers given without a location. */
	public static final String NO_LOCATION = "(no location)";

	private final String key;

	Level(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public static Level parse(String text) {
		for (Level level : values()) {
			if (level.key.equals(text)) {
				return level;
			}
		}
		throw new InvalidFieldException("groupBy", "must be team, department or location");
	}

	/** The group of this level an answer from this team, department and location belongs to. */
	public GroupKey of(Leaf leaf) {
		return switch (this) {
			case TEAM -> new GroupKey(leaf.team(), leaf.department());
			case DEPARTMENT -> GroupKey.of(leaf.department());
			case LOCATION -> GroupKey.of(leaf.location() == null ? NO_LOCATION : leaf.location());
		};
	}
}
