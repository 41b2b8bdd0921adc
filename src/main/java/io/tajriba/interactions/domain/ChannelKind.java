package io.tajriba.interactions.domain;

import java.util.Locale;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/** Whether a channel reaches the customer online (web, app, e-mail...) or offline (a store, a call centre, post). */
public enum ChannelKind {

	ONLINE, OFFLINE;

	/** The keys of the channels that are created online; a channel's kind is changed on the channel afterwards. */
	static final Set<String> ONLINE_BY_DEFAULT = Set.of("web", "app", "email", "chat", "social", "sms", "mobile");

	/** The kind a channel starts with when it is first created, by its key. */
	public static ChannelKind byDefault(String key) {
		return ONLINE_BY_DEFAULT.contains(key) ? ONLINE : OFFLINE;
	}

	/** The kind as sent ({@code online} or {@code offline}); anything else is refused naming the field. */
	public static ChannelKind parse(String field, @Nullable String value) {
		for (ChannelKind kind : values()) {
			if (kind.key().equals(value)) {
				return kind;
			}
		}
		throw new InvalidFieldException(field, "must be online or offline");
	}

	/** The kind as stored and sent: {@code online} or {@code offline}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The keys that start online, for the statements that create channels. */
	public static String[] onlineByDefault() {
		return ONLINE_BY_DEFAULT.toArray(String[]::new);
	}
}
