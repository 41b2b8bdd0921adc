package io.tajriba.reports.domain;

import org.jspecify.annotations.Nullable;

/**
 * Who opened a share link, as far as the audit keeps it: the address truncated (an IPv4 address to its /24, an IPv6
 * address to its /48), so that no one viewer is identified, and the first 200 characters of the browser's name.
 */
public final class ShareViewer {

	static final int AGENT_LENGTH = 200;

	private ShareViewer() {
	}

	public static @Nullable String truncatedAddress(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String a = address.strip();
		if (a.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
			return a.substring(0, a.lastIndexOf('.')) + ".0";
		}
		if (a.contains(":")) {
			String[] groups = a.split(":", -1);
			StringBuilder kept = new StringBuilder();
			for (int i = 0; i < Math.min(3, groups.length); i++) {
				kept.append(groups[i].isEmpty() ? "0" : groups[i]).append(':');
			}
			return kept + ":";
		}
		return null;
	}

	public static @Nullable String agentExcerpt(@Nullable String agent) {
		if (agent == null || agent.isBlank()) {
			return null;
		}
		String a = agent.strip().replaceAll("\\p{Cntrl}", " ");
		return a.length() <= AGENT_LENGTH ? a : a.substring(0, AGENT_LENGTH);
	}
}
