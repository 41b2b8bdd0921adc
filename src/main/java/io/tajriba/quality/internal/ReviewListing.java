package io.tajriba.quality.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.ReviewStatus;
import io.tajriba.quality.internal.ReviewService.Review;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reviews a member sees, a page at a time, newest first: each page starts after the last review of the one
 * before (a keyset cursor on the creation time and id), so new reviews do not shift the pages being read.
 */
@Service
public class ReviewListing {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MOST = 200;
	private static final Set<String> KINDS = Set.of("random", "targeted", "adhoc");
	private static final Set<String> STATUSES = java.util.Arrays.stream(ReviewStatus.values()).map(ReviewStatus::key)
		.collect(java.util.stream.Collectors.toSet());

	/** What to list: of one agent, status and kind when given, before the cursor when given. */
	public record Query(@Nullable UUID agent, @Nullable String status, @Nullable String kind, int limit,
			@Nullable String before) {

		public Query {
			if (limit < 1 || limit > MOST) {
				throw new InvalidFieldException("limit", "must be from 1 to " + MOST);
			}
			if (status != null) {
				status = known("status", status, STATUSES);
			}
			if (kind != null) {
				kind = known("kind", kind, KINDS);
			}
		}
	}

	/** A page of reviews and the cursor of the next page, null on the last. */
	public record Page(List<Review> items, @Nullable String next) {
	}

	private final JdbcClient jdbc;
	private final ReviewService reviews;
	private final ReviewAudience audience;

	ReviewListing(JdbcClient jdbc, ReviewService reviews, ReviewAudience audience) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.audience = audience;
	}

	public Page page(Access access, Query query) {
		Set<UUID> seen = audience.agents(access);
		Object[] cursor = query.before() == null ? null : decode(query.before());
		List<Review> found = jdbc.sql("""
				select * from quality_reviews where workspace_id = :w
				  and (cast(:agent as uuid) is null or agent_id = :agent)
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:kind as text) is null or kind = :kind)
				  and (not :restricted or agent_id = any(:seen))
				  and (not :paged or (created_at, id) < (:at, :id))
				order by created_at desc, id desc limit :limit""")
			.param("w", access.workspaceId()).param("agent", query.agent()).param("status", query.status())
			.param("kind", query.kind()).param("restricted", seen != null)
			.param("seen", seen == null ? new UUID[0] : seen.toArray(UUID[]::new)).param("paged", cursor != null)
			.param("at", cursor == null ? Timestamp.from(Instant.EPOCH) : cursor[0])
			.param("id", cursor == null ? new UUID(0, 0) : cursor[1]).param("limit", query.limit() + 1)
			.query(reviews::map).list();
		if (found.size() <= query.limit()) {
			return new Page(found, null);
		}
		List<Review> items = found.subList(0, query.limit());
		return new Page(List.copyOf(items), encode(items.getLast()));
	}

	private static String encode(Review last) {
		Instant at = last.createdAt();
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((micros + "/" + last.id()).getBytes(StandardCharsets.UTF_8));
	}

	private static Object[] decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
				.split("/", 2);
			long micros = Long.parseLong(parts[0]);
			Instant at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			return new Object[] { Timestamp.from(at), UUID.fromString(parts[1]) };
		}
		catch (RuntimeException e) {
			throw new InvalidFieldException("before", "must be the next cursor of an earlier page");
		}
	}

	private static String known(String field, String value, Set<String> allowed) {
		String key = value.strip().toLowerCase(java.util.Locale.ROOT);
		if (!allowed.contains(key)) {
			throw new InvalidFieldException(field, "must be one of " + String.join(", ", allowed.stream().sorted()
				.toList()));
		}
		return key;
	}
}
