package io.tajriba.journeys.domain;

/** Which interactions a funnel looks at: all of them, only those on online channels, or only offline ones. */
public enum ChannelKind {

	ANY, ONLINE, OFFLINE;

	boolean matches(boolean online) {
		return this == ANY || (this == ONLINE) == online;
	}
}
