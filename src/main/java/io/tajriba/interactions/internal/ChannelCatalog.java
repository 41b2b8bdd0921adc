package io.tajriba.interactions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.interactions.domain.ChannelKind;
import io.tajriba.interactions.domain.InteractionRow;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The channels of a workspace and their touchpoints, with how many interactions each has. Ingest creates them on
 * first use; here they are also created ahead of it.
 */
@Repository
public class ChannelCatalog {

	public record Channel(long id, String key, ChannelKind kind, long interactions, List<Touchpoint> touchpoints) {
	}

	public record Touchpoint(long id, String name, long interactions) {
	}

	private final JdbcClient jdbc;

	ChannelCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Channel> channels(UUID workspaceId) {
		Map<Long, Long> byChannel = new HashMap<>();
		Map<Long, Long> byTouchpoint = new HashMap<>();
		jdbc.sql("""
				select channel_id, touchpoint_id, count(*) from interactions where workspace_id = :workspace
				group by channel_id, touchpoint_id""")
			.param("workspace", workspaceId)
			.query(rs -> {
				byChannel.merge(rs.getLong(1), rs.getLong(3), Long::sum);
				if (rs.getObject(2) != null) {
					byTouchpoint.put(rs.getLong(2), rs.getLong(3));
				}
			});
		Map<Long, List<Touchpoint>> touchpoints = new HashMap<>();
		jdbc.sql("select channel_id, id, name from touchpoints where workspace_id = :workspace order by name")
			.param("workspace", workspaceId)
			.query(rs -> {
				touchpoints.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Touchpoint(rs.getLong(2), rs.getString(3), byTouchpoint.getOrDefault(rs.getLong(2), 0L)));
			});
		return jdbc.sql("select id, key, kind from channels where workspace_id = :workspace order by key")
			.param("workspace", workspaceId)
			.query((rs, n) -> new Channel(rs.getLong(1), rs.getString(2), ChannelKind.parse("kind", rs.getString(3)),
					byChannel.getOrDefault(rs.getLong(1), 0L),
					List.copyOf(touchpoints.getOrDefault(rs.getLong(1), List.of()))))
			.list();
	}

	/** Channel keys and the distinct touchpoint names, for filters; nothing is counted. */
	public List<String> channelKeys(UUID workspaceId) {
		return jdbc.sql("select key from channels where workspace_id = :workspace order by key")
			.param("workspace", workspaceId).query(String.class).list();
	}

	public List<String> touchpointNames(UUID workspaceId) {
		return jdbc.sql("select distinct name from touchpoints where workspace_id = :workspace order by name")
			.param("workspace", workspaceId).query(String.class).list();
	}

	/** The keys of the workspace's channels whose kind is online. */
	public Set<String> onlineChannelKeys(UUID workspaceId) {
		return Set.copyOf(jdbc.sql("select key from channels where workspace_id = :workspace and kind = 'online'")
			.param("workspace", workspaceId).query(String.class).list());
	}

	/** Creates a channel (nothing happens if it exists) and answers its key as stored. */
	public String createChannel(UUID workspaceId, String key) {
		String normal = InteractionRow.word("channel", key);
		jdbc.sql("""
				insert into channels (workspace_id, key, kind) values (:workspace, :key, :kind)
				on conflict do nothing""")
			.param("workspace", workspaceId).param("key", normal).param("kind", ChannelKind.byDefault(normal).key())
			.update();
		return normal;
	}

	/** Makes a channel of the workspace online or offline; another workspace's channel, or none, is not found. */
	public void changeKind(UUID workspaceId, String channelKey, ChannelKind kind) {
		int changed = jdbc.sql("update channels set kind = :kind where workspace_id = :workspace and key = :channel")
			.param("workspace", workspaceId).param("channel", channelKey).param("kind", kind.key()).update();
		if (changed == 0) {
			throw new NotFoundException("Channel");
		}
	}

	/** Creates a touchpoint on a channel of the workspace (nothing happens if it exists). */
	public void createTouchpoint(UUID workspaceId, String channelKey, @Nullable String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidFieldException("touchpoint", "must have 1 to 200 characters");
		}
		int created = jdbc.sql("""
				insert into touchpoints (workspace_id, channel_id, name)
				select workspace_id, id, :name from channels where workspace_id = :workspace and key = :channel
				on conflict do nothing""")
			.param("workspace", workspaceId).param("channel", channelKey).param("name", trimmed).update();
		if (created == 0 && !exists(workspaceId, channelKey)) {
			throw new InvalidFieldException("channel", "is not a channel of this workspace");
		}
	}

	private boolean exists(UUID workspaceId, String channelKey) {
		return jdbc.sql("select count(*) from channels where workspace_id = :workspace and key = :channel")
			.param("workspace", workspaceId).param("channel", channelKey).query(Long.class).single() > 0;
	}
}
