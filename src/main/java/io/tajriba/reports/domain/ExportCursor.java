package io.tajriba.reports.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a read of one kind stopped: the key of the last row handed over. Responses and cases have a number (their
 * export sequence, their case number); interactions the instant they were received and their event id. Written as
 * an opaque base64url text naming its kind, so that a cursor of one kind is refused by another.
 */
public record ExportCursor(ExportKind kind, long number, @Nullable Instant at, @Nullable String id) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	public static ExportCursor number(ExportKind kind, long number) {
		return new ExportCursor(kind, number, null, null);
	}

	public static ExportCursor received(Instant at, String id) {
		return new ExportCursor(ExportKind.INTERACTIONS, 0, at, id);
	}

	public String encode() {
		String text = at == null ? kind.key() + "|" + number
				: kind.key() + "|" + micros(at) + "|" + id;
		return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor a text encodes, if it is one of this kind; empty for anything else. */
	public static Optional<ExportCursor> decode(ExportKind kind, String text) {
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		String[] parts = decoded.split("\\|", 3);
		if (!parts[0].equals(kind.key())) {
			return Optional.empty();
		}
		try {
			if (kind == ExportKind.INTERACTIONS) {
				if (parts.length != 3 || parts[2].isEmpty()) {
					return Optional.empty();
				}
				long micros = Long.parseLong(parts[1]);
				Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
						Math.floorMod(micros, 1_000_000L) * 1_000L);
				return Optional.of(received(at, parts[2]));
			}
			long number = Long.parseLong(parts.length == 2 ? parts[1] : "x");
			return number < 0 ? Optional.empty() : Optional.of(number(kind, number));
		}
		catch (NumberFormatException | java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	private static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
	}
}
