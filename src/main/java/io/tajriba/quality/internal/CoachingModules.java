package io.tajriba.quality.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The workspace's e-learning catalogue: modules with a title and an https link, each for one criterion of the
 * workspace's scorecards or one theme of its comments. Everyone reads it; owners, admins and analysts keep it.
 */
@Service
public class CoachingModules {

	/** A module: {@code kind} criterion or theme, {@code key} the criterion's key or the theme's. */
	public record Module(UUID id, String title, String link, String kind, String key, Instant createdAt) {
	}

	/** What a module is made of, as sent: either criterion or theme. */
	public record Input(@Nullable String title, @Nullable String link, @Nullable String criterion,
			@Nullable String theme) {
	}

	private final JdbcClient jdbc;
	private final ScorecardService scorecards;
	private final TextAnalytics text;
	private final Clock clock;

	CoachingModules(JdbcClient jdbc, ScorecardService scorecards, TextAnalytics text, Clock clock) {
		this.jdbc = jdbc;
		this.scorecards = scorecards;
		this.text = text;
		this.clock = clock;
	}

	/** The catalogue by title. */
	public List<Module> list(UUID workspaceId) {
		return jdbc.sql("select * from quality_coaching_modules where workspace_id = :w order by lower(title), id")
			.param("w", workspaceId).query(CoachingModules::map).list();
	}

	public Optional<Module> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from quality_coaching_modules where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(CoachingModules::map).optional();
	}

	public Module get(UUID workspaceId, UUID id) {
		return find(workspaceId, id).orElseThrow(() -> new NotFoundException("Module"));
	}

	public Module create(Access access, Input input) {
		requireWriter(access);
		Checked module = check(access.workspaceId(), input);
		UUID id = jdbc.sql("""
				insert into quality_coaching_modules (workspace_id, title, link, focus_kind, focus_key, created_at)
				values (:w, :title, :link, :kind, :key, :at) returning id""")
			.param("w", access.workspaceId()).param("title", module.title()).param("link", module.link())
			.param("kind", module.kind()).param("key", module.key()).param("at", Timestamp.from(clock.instant()))
			.query(UUID.class).single();
		return get(access.workspaceId(), id);
	}

	public Module change(Access access, UUID id, Input input) {
		requireWriter(access);
		get(access.workspaceId(), id);
		Checked module = check(access.workspaceId(), input);
		jdbc.sql("""
				update quality_coaching_modules set title = :title, link = :link, focus_kind = :kind, focus_key = :key
				where workspace_id = :w and id = :id""")
			.param("w", access.workspaceId()).param("id", id).param("title", module.title())
			.param("link", module.link()).param("kind", module.kind()).param("key", module.key()).update();
		return get(access.workspaceId(), id);
	}

	/** Removes a module; the sessions that used it keep their place in the plans without it. */
	public void delete(Access access, UUID id) {
		requireWriter(access);
		get(access.workspaceId(), id);
		jdbc.sql("delete from quality_coaching_modules where workspace_id = :w and id = :id")
			.param("w", access.workspaceId()).param("id", id).update();
	}

	/** The criteria keys of the workspace's scorecards at their current versions. */
	public Set<String> criteria(UUID workspaceId) {
		Set<String> keys = new java.util.TreeSet<>();
		scorecards.list(workspaceId).forEach(v -> v.card().scoring().forEach(c -> keys.add(c.key())));
		return keys;
	}

	/** The workspace's themes. */
	public List<String> themes(UUID workspaceId) {
		return text.themes(workspaceId);
	}

	private record Checked(String title, String link, String kind, String key) {
	}

	private Checked check(UUID workspaceId, Input input) {
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty() || title.length() > 200 || title.indexOf('\0') >= 0) {
			throw new InvalidFieldException("title", "must have 1 to 200 characters, without the NUL character");
		}
		String link = https(input.link());
		if ((input.criterion() == null) == (input.theme() == null)) {
			throw new InvalidFieldException("criterion", "give either criterion (a scorecard criterion's key) or theme");
		}
		if (input.criterion() != null) {
			if (!criteria(workspaceId).contains(input.criterion())) {
				throw new InvalidFieldException("criterion", "must be the key of a criterion of the workspace's scorecards");
			}
			return new Checked(title, link, "criterion", input.criterion());
		}
		if (!themes(workspaceId).contains(input.theme())) {
			throw new InvalidFieldException("theme", "must be one of the workspace's themes");
		}
		return new Checked(title, link, "theme", input.theme());
	}

	private static String https(@Nullable String link) {
		String value = link == null ? "" : link.strip();
		try {
			URI uri = new URI(value);
			if (value.length() <= 2000 && "https".equals(uri.getScheme()) && uri.getHost() != null
					&& !uri.getHost().isBlank()) {
				return value;
			}
		}
		catch (URISyntaxException e) {
			// named below
		}
		throw new InvalidFieldException("link", "must be an https address of at most 2000 characters");
	}

	private static void requireWriter(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only owners, admins and analysts may keep the e-learning catalogue");
		}
	}

	private static Module map(ResultSet rs, int row) throws SQLException {
		return new Module(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("link"),
				rs.getString("focus_kind"), rs.getString("focus_key"), rs.getTimestamp("created_at").toInstant());
	}
}
