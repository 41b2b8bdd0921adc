package io.tajriba.interactions;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each channel's kind, online or offline: the kinds channels start with, changed through the API and the Channels
 * page, and a journey analysis that moves a channel's interactions between its online and offline funnels when the
 * kind changes; a bad kind, another workspace's channel and a viewer are refused.
 */
@TajribaTest
class ChannelKindApiTests {

	static final String PERIOD = "from=2026-05-01&to=2026-05-31";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	String journey;

	@BeforeEach
	void customersOnThreeChannels() {
		tenant = tenants.create("Channel kinds");
		key = WebClient.withKey(port, tenant.apiKey());
		// c1: web awareness and discovery; c2: webinar awareness and discovery; c3: store awareness; c4: one SMS
		String events = event("e1", "c1", "web", "awareness", 1) + event("e2", "c1", "web", "discovery", 2)
				+ event("e3", "c2", "webinar", "awareness", 1) + event("e4", "c2", "webinar", "discovery", 3)
				+ event("e5", "c3", "store", "awareness", 1) + event("e6", "c4", "sms", "awareness", 4);
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", events).body()).contains("\"accepted\":6");
		journey = json(key.get("/api/v1/journeys")).get(0).get("id").asString();
	}

	static String event(String id, String customer, String channel, String stage, int day) {
		return ("{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"visit\",\"channel\":\"%s\","
				+ "\"occurredAt\":\"2026-05-%02dT09:00:00Z\",\"properties\":{\"stage\":\"%s\"}}\n")
			.formatted(id, customer, channel, day, stage);
	}

	@Test
	void channelsStartOnlineOrOfflineByTheListTheyReplace() {
		assertThat(kinds()).isEqualTo(Map.of("sms", "online", "store", "offline", "web", "online", "webinar",
				"offline"));
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.form("/channels", Map.of("key", "Email")).statusCode()).isEqualTo(302);
		assertThat(owner.form("/channels", Map.of("key", "post")).statusCode()).isEqualTo(302);
		assertThat(kinds()).containsEntry("email", "online").containsEntry("post", "offline");
	}

	@Test
	void changingAChannelsKindMovesItsInteractionsBetweenTheFunnels() {
		// online: c1 and c4 (web, sms); offline: c2 and c3 (webinar, store)
		assertFunnel("online", 2, 2, 1);
		assertFunnel("offline", 2, 2, 1);
		assertFunnel("any", 4, 4, 2);

		HttpResponse<String> changed = key.patchJson("/api/v1/channels/webinar", "{\"kind\":\"online\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed.body()).get("kind").asString()).isEqualTo("online");
		// online: c1, c2, c4; offline: c3 alone, who never reached discovery
		assertFunnel("online", 3, 3, 2);
		assertFunnel("offline", 1, 1, 0);
		assertFunnel("any", 4, 4, 2);

		assertThat(key.patchJson("/api/v1/channels/web", "{\"kind\":\"offline\"}").statusCode()).isEqualTo(200);
		// online: c2, c4; offline: c1 and c3
		assertFunnel("online", 2, 2, 1);
		assertFunnel("offline", 2, 2, 1);
		assertThat(kinds()).containsEntry("web", "offline").containsEntry("webinar", "online");
	}

	/** Customers in the funnel, and how many reached awareness and discovery. */
	private void assertFunnel(String kind, long customers, long awareness, long discovery) {
		JsonNode analysis = json(key.get("/api/v1/journeys/" + journey + "/analysis?" + PERIOD + "&channelKind="
				+ kind));
		assertThat(analysis.get("channelKind").asString()).isEqualTo(kind);
		assertThat(analysis.get("customers").asLong()).as(kind + " customers").isEqualTo(customers);
		assertThat(analysis.get("stages").get(0).get("reached").asLong()).as(kind + " awareness").isEqualTo(awareness);
		assertThat(analysis.get("stages").get(1).get("reached").asLong()).as(kind + " discovery").isEqualTo(discovery);
	}

	@Test
	void aKindOtherThanOnlineOrOfflineIsRefusedNamingTheField() {
		for (String body : new String[] { "{\"kind\":\"hybrid\"}", "{\"kind\":\"ONLINE\"}", "{\"kind\":null}", "{}",
				"{\"kind\":1}", "{\"kind\":[\"online\"]}" }) {
			HttpResponse<String> refused = key.patchJson("/api/v1/channels/web", body);
			assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(422);
			assertThat(json(refused.body()).get("field").asString()).as(body).isEqualTo("kind");
		}
		assertThat(key.patchJson("/api/v1/channels/web", "{\"kind\":").statusCode()).isEqualTo(400);
		assertThat(key.patchJson("/api/v1/channels/nowhere", "{\"kind\":\"online\"}").statusCode()).isEqualTo(404);
		assertThat(kinds()).containsEntry("web", "online");
	}

	@Test
	void anotherWorkspacesChannelIsNotFoundAndKeepsItsKind() {
		Tenant other = tenants.create("Other channel kinds");
		WebClient otherKey = WebClient.withKey(port, other.apiKey());
		assertThat(otherKey.patchJson("/api/v1/channels/webinar", "{\"kind\":\"online\"}").statusCode())
			.isEqualTo(404);
		assertThat(json(otherKey.get("/api/v1/channels")).isEmpty()).isTrue();
		WebClient otherOwner = WebClient.signedIn(port, other.ownerEmail(), other.password());
		otherOwner.form("/channels/kind", Map.of("channel", "webinar", "kind", "online"));
		assertThat(otherOwner.get("/channels").body()).contains("is not a channel of this workspace");
		assertThat(kinds()).containsEntry("webinar", "offline");
	}

	@Test
	void theChannelsPageShowsAndChangesTheKind() {
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String page = owner.get("/channels").body();
		assertThat(selected(page, "webinar")).isEqualTo("offline");
		assertThat(selected(page, "web")).isEqualTo("online");

		assertThat(owner.form("/channels/kind", Map.of("channel", "webinar", "kind", "online")).statusCode())
			.isEqualTo(302);
		assertThat(selected(owner.get("/channels").body(), "webinar")).isEqualTo("online");
		assertThat(kinds()).containsEntry("webinar", "online");

		owner.form("/channels/kind", Map.of("channel", "store", "kind", "sometimes"));
		assertThat(owner.get("/channels").body()).contains("<strong>kind</strong>")
			.contains("must be online or offline");
		assertThat(kinds()).containsEntry("store", "offline");
	}

	@Test
	void aViewerSeesTheKindButCannotChangeIt() {
		String email = "viewer-" + UUID.randomUUID() + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		WebClient viewer = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);
		assertThat(viewer.patchJson("/api/v1/channels/webinar", "{\"kind\":\"online\"}").statusCode()).isEqualTo(403);
		assertThat(viewer.form("/channels/kind", Map.of("channel", "webinar", "kind", "online")).statusCode())
			.isEqualTo(403);
		String page = viewer.get("/channels").body();
		assertThat(page).doesNotContain("id=\"kind-webinar\"").contains("Offline");
		assertThat(json(viewer.get("/api/v1/channels")).size()).isEqualTo(4);
		assertThat(kinds()).containsEntry("webinar", "offline");
	}

	private Map<String, String> kinds() {
		Map<String, String> kinds = new java.util.TreeMap<>();
		json(key.get("/api/v1/channels")).forEach(c -> kinds.put(c.get("key").asString(), c.get("kind").asString()));
		return kinds;
	}

	/** The kind selected in a channel's select on the Channels page. */
	private static String selected(String html, String channel) {
		int start = html.indexOf("id=\"kind-" + channel + "\"");
		assertThat(start).as(channel).isPositive();
		String select = html.substring(start, html.indexOf("</select>", start));
		var m = java.util.regex.Pattern.compile("<option value=\"(\\w+)\" selected").matcher(select);
		assertThat(m.find()).as(select).isTrue();
		return m.group(1);
	}

	private JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response.body());
	}

	private JsonNode json(String body) {
		return mapper.readTree(body);
	}
}
