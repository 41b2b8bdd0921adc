package io.tajriba.text.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tajriba.text.domain.AdaptedSentiment;
import io.tajriba.text.domain.DefaultThemes;
import io.tajriba.text.domain.Taxonomy;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Theme;
import io.tajriba.text.domain.ThemeMatcher;
import io.tajriba.workspaces.Workspaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * A workspace's text settings: the languages its texts are in (its default language first, then the others)
 * and its taxonomy of themes (the default one until it sets its own). Matchers are cached for a minute, so a
 * change made on another node shows there within a minute.
 */
@Component
public class WorkspaceText {

	private static final Duration CACHE = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Workspaces workspaces;
	private final ObjectMapper json;
	private final Clock clock;
	private final TextEngine engine;
	private final Map<UUID, Cached> matchers = new ConcurrentHashMap<>();

	WorkspaceText(JdbcClient jdbc, Workspaces workspaces, ObjectMapper json, Clock clock, TextEngine engine) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
		this.json = json;
		this.clock = clock;
		this.engine = engine;
	}

	private record Cached(ThemeMatcher matcher, Set<TextLanguage> languages,
			Map<TextLanguage, AdaptedSentiment> adapted, Instant loaded) {
	}

	/** The workspace's kept adapted sentiment models that build on the current shipped models. */
	public Map<TextLanguage, AdaptedSentiment> adapted(UUID workspaceId) {
		return cached(workspaceId).adapted();
	}

	/** Drops what is cached of a workspace, after a change. */
	public void forget(UUID workspaceId) {
		matchers.remove(workspaceId);
	}

	private Map<TextLanguage, AdaptedSentiment> loadAdapted(UUID workspaceId) {
		var models = new EnumMap<TextLanguage, AdaptedSentiment>(TextLanguage.class);
		jdbc.sql("""
				select language, buckets, weights, prior_weight, bias from text_adaptations
				where workspace_id = ? and model_version = ? and buckets is not null""")
			.params(workspaceId, engine.version())
			.query(rs -> {
				var language = TextLanguage.of(rs.getString(1)).orElseThrow();
				models.put(language, new AdaptedSentiment(language, Adaptations.ints(rs.getBytes(2)),
						Adaptations.floats(rs.getBytes(3)), rs.getFloat(4), rs.getFloat(5)));
			});
		return models;
	}

	public Set<TextLanguage> languages(UUID workspaceId) {
		return cached(workspaceId).languages();
	}

	public ThemeMatcher themes(UUID workspaceId) {
		return cached(workspaceId).matcher();
	}

	private Cached cached(UUID workspaceId) {
		var now = clock.instant();
		return matchers.compute(workspaceId, (id, old) -> old != null && old.loaded().plus(CACHE).isAfter(now) ? old
				: new Cached(new ThemeMatcher(taxonomy(id)), loadLanguages(id), loadAdapted(id), now));
	}

	private Set<TextLanguage> loadLanguages(UUID workspaceId) {
		var stored = jdbc.sql("select array_to_string(languages, ',') from text_settings where workspace_id = ?")
			.param(workspaceId).query(String.class).optional();
		if (stored.isPresent() && !stored.get().isBlank()) {
			return languages(List.of(stored.get().split(",")));
		}
		var first = workspaces.workspace(workspaceId).defaultLocale();
		var ordered = new ArrayList<String>();
		ordered.add(first);
		for (var language : TextLanguage.values()) {
			ordered.add(language.code());
		}
		return languages(ordered);
	}

	/** Language codes as a set in their order; unknown codes dropped; all four when none is left. */
	public static Set<TextLanguage> languages(java.util.Collection<String> codes) {
		var set = new LinkedHashSet<TextLanguage>();
		codes.forEach(code -> TextLanguage.of(code).ifPresent(set::add));
		return set.isEmpty() ? new LinkedHashSet<>(List.of(TextLanguage.values())) : set;
	}

	/** The workspace's themes, checked as any taxonomy is: a stored one that breaks the rules is refused, named. */
	public List<Theme> taxonomy(UUID workspaceId) {
		var themes = jdbc.sql("select key, keywords::text from text_themes where workspace_id = ? order by position")
			.param(workspaceId)
			.query((rs, n) -> new Taxonomy.Draft(rs.getString(1), keywords(rs.getString(2))))
			.list();
		return themes.isEmpty() ? DefaultThemes.themes() : Taxonomy.check(themes, 0);
	}

	private Map<String, List<String>> keywords(String text) {
		return json.readValue(text, new TypeReference<>() {
		});
	}

	@Transactional
	public void replaceTaxonomy(UUID workspaceId, List<Theme> taxonomy) {
		var themes = Taxonomy.check(taxonomy);
		jdbc.sql("delete from text_themes where workspace_id = ?").param(workspaceId).update();
		int position = 0;
		for (var theme : themes) {
			var words = new java.util.TreeMap<String, List<String>>();
			theme.keywords().forEach((language, list) -> words.put(language.code(), list));
			jdbc.sql("""
					insert into text_themes (workspace_id, key, position, keywords, updated_at)
					values (?, ?, ?, cast(? as jsonb), ?)""")
				.params(workspaceId, theme.key(), position++, json.writeValueAsString(words),
						java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		matchers.remove(workspaceId);
	}

	@Transactional
	public void setLanguages(UUID workspaceId, List<String> codes) {
		jdbc.sql("""
				insert into text_settings (workspace_id, languages) values (?, string_to_array(?, ','))
				on conflict (workspace_id) do update set languages = excluded.languages""")
			.params(workspaceId, String.join(",", codes)).update();
		matchers.remove(workspaceId);
	}
}
