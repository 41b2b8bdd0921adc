package io.tajriba.actions.domain;

import java.util.List;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * The insight an action (or an initiative) was started from: its kind, a reference others link with, and the
 * label it was shown under at the time, kept as it was. References by kind: a pain point {@code touchpoint:<name>}
 * or {@code stage:<key>}; a driver {@code <survey id>:<driver key>}; a theme its key; a root cause its key; an idea
 * its id.
 */
public record InsightLink(String kind, String ref, @Nullable String label) {

	public static final List<String> KINDS = List.of("pain_point", "driver", "theme", "root_cause", "idea");
	public static final String TOUCHPOINT = "touchpoint:";
	public static final String STAGE = "stage:";

	public InsightLink {
		if (!KINDS.contains(kind)) {
			throw new InvalidFieldException("insight.kind", "must be one of " + String.join(", ", KINDS));
		}
		if (ref.isBlank() || ref.length() > 300) {
			throw new InvalidFieldException("insight.ref", "must have 1 to 300 characters");
		}
		if (kind.equals("pain_point") && !(named(ref, TOUCHPOINT) || named(ref, STAGE))) {
			throw new InvalidFieldException("insight.ref", "of a pain point is touchpoint:<name> or stage:<key>");
		}
		if (kind.equals("driver") && (ref.indexOf(':') <= 0 || ref.endsWith(":"))) {
			throw new InvalidFieldException("insight.ref", "of a driver is <survey id>:<driver key>");
		}
		if (label != null && label.length() > 300) {
			throw new InvalidFieldException("insight.label", "must have at most 300 characters");
		}
	}

	/** A link from what was sent: none when neither kind nor reference is given; blanks count as missing. */
	public static @Nullable InsightLink of(@Nullable String kind, @Nullable String ref, @Nullable String label) {
		String k = blankless(kind);
		String r = blankless(ref);
		if (k == null && r == null) {
			return null;
		}
		if (k == null) {
			throw new InvalidFieldException("insight.kind", "is required with a reference: one of "
					+ String.join(", ", KINDS));
		}
		if (r == null) {
			throw new InvalidFieldException("insight.ref", "is required with a kind");
		}
		return new InsightLink(k, r, blankless(label));
	}

	/** What to show for it: its label, else its reference. */
	public String shown() {
		return label != null ? label : ref;
	}

	/** The touchpoint a pain point's reference names, if it names one. */
	public @Nullable String touchpoint() {
		return kind.equals("pain_point") && ref.startsWith(TOUCHPOINT) ? ref.substring(TOUCHPOINT.length()) : null;
	}

	/** The stage a pain point's reference names, if it names one. */
	public @Nullable String stage() {
		return kind.equals("pain_point") && ref.startsWith(STAGE) ? ref.substring(STAGE.length()) : null;
	}

	private static boolean named(String ref, String prefix) {
		return ref.startsWith(prefix) && !ref.substring(prefix.length()).isBlank();
	}

	private static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
