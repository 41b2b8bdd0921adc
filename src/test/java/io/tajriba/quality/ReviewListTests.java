package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static io.tajriba.quality.SampleWeeks.at;
import static io.tajriba.quality.SampleWeeks.interaction;
import static io.tajriba.quality.SampleWeeks.scores;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review list a page at a time, and who sees which reviews: a team lead with the agent role (Leila, who leads
 * "Front desk" with Sara in it by the directory and Omid by the team's list of names, and is herself the agent
 * Leila) sees her team's reviews and her own, not Kian's, and answers only for her own.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewListTests {

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
	WebClient lead;
	LocalDate week;
	String card;
	String sara;
	String omid;
	String leila;
	String kian;
	List<String> all = new ArrayList<>();

	@BeforeAll
	void aTeamWithALeadAndSevenReviews() {
		tenant = tenants.create("Review list");
		key = WebClient.withKey(port, tenant.apiKey());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		week = SampleWeeks.week();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID user = administration.ensureUser("lead-" + unique + "@example.com", "Leila", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, user, Role.AGENT);
		String team = json(owner.postJson("/api/v1/teams", "{\"name\":\"Front desk\",\"lead\":\"" + user
				+ "\",\"agents\":[\"Omid\"]}")).get("id").asString();
		sara = json(key.postJson("/api/v1/agents", "{\"key\":\"Sara\",\"team\":\"" + team + "\"}")).get("id").asString();
		omid = json(key.postJson("/api/v1/agents", "{\"key\":\"Omid\"}")).get("id").asString();
		leila = json(key.postJson("/api/v1/agents", "{\"key\":\"Leila\",\"user\":\"" + user + "\"}")).get("id")
			.asString();
		kian = json(key.postJson("/api/v1/agents", "{\"key\":\"Kian\"}")).get("id").asString();
		StringBuilder rows = new StringBuilder();
		for (String agent : List.of("Sara", "Omid", "Leila", "Kian")) {
			rows.append(interaction(agent + "-1", agent, "call", "phone", null, at(week, 1, 10, 0), null));
			rows.append(interaction(agent + "-2", agent, "call", "phone", null, at(week, 2, 10, 0), null));
		}
		SampleWeeks.record(key, rows.toString());
		card = SampleWeeks.card(key);
		// seven reviews: two of Sara, Omid and Kian each, one of Leila
		for (String[] r : new String[][] { { sara, "Sara-1" }, { omid, "Omid-1" }, { kian, "Kian-1" },
				{ leila, "Leila-1" }, { sara, "Sara-2" }, { omid, "Omid-2" }, { kian, "Kian-2" } }) {
			all.add(json(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"" + r[1]
					+ "\",\"agent\":\"" + r[0] + "\",\"scores\":" + scores(3) + "}")).get("id").asString());
		}
		lead = WebClient.signedIn(port, "lead-" + unique + "@example.com", TestWorkspaces.PASSWORD);
	}

	List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}

	@Test
	void pagesFollowEachOtherByTheirCursorNewestFirstWithoutGapsOrRepeats() {
		List<String> seen = new ArrayList<>();
		String next = null;
		List<Integer> sizes = new ArrayList<>();
		do {
			JsonNode page = json(key.get("/api/v1/reviews?limit=3" + (next == null ? "" : "&before=" + next)));
			sizes.add(page.get("items").size());
			seen.addAll(ids(page));
			next = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (next != null);
		assertThat(sizes).containsExactly(3, 3, 1);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
		// newest first: the last review made comes first
		assertThat(seen.getFirst()).isEqualTo(all.getLast());
		assertThat(ids(json(key.get("/api/v1/reviews")))).hasSize(7);
		assertThat(json(key.get("/api/v1/reviews")).get("next").isNull()).isTrue();
	}

	@Test
	void filtersByAgentStatusAndKind() {
		assertThat(ids(json(key.get("/api/v1/reviews?agent=" + sara)))).hasSize(2);
		assertThat(ids(json(key.get("/api/v1/reviews?kind=adhoc")))).hasSize(7);
		assertThat(ids(json(key.get("/api/v1/reviews?kind=random")))).isEmpty();
		String kians = all.get(6);
		key.patchJson("/api/v1/reviews/" + kians, "{\"action\":\"acknowledge\"}");
		assertThat(ids(json(key.get("/api/v1/reviews?status=acknowledged&agent=" + kian)))).containsExactly(kians);
		assertThat(ids(json(key.get("/api/v1/reviews?status=open&agent=" + kian)))).containsExactly(all.get(2));
	}

	@Test
	void badPagingAndFiltersAreNamed() {
		assertField(key.get("/api/v1/reviews?limit=0"), "limit");
		assertField(key.get("/api/v1/reviews?limit=201"), "limit");
		assertField(key.get("/api/v1/reviews?limit=many"), "limit");
		assertField(key.get("/api/v1/reviews?before=not-a-cursor"), "before");
		assertField(key.get("/api/v1/reviews?status=lost"), "status");
		assertField(key.get("/api/v1/reviews?kind=calibration"), "kind");
		assertField(key.get("/api/v1/reviews?agent=nobody"), "agent");
		assertThat(ids(json(key.get("/api/v1/reviews?limit=200")))).hasSize(7);
	}

	@Test
	void aTeamLeadSeesTheTeamsReviewsAndTheirOwnButAnswersOnlyForTheirOwn() {
		Set<String> seen = new HashSet<>(ids(json(lead.get("/api/v1/reviews"))));
		assertThat(seen).containsExactlyInAnyOrder(all.get(0), all.get(1), all.get(3), all.get(4), all.get(5));
		assertThat(lead.get("/api/v1/reviews/" + all.get(0)).statusCode()).isEqualTo(200);
		assertThat(lead.get("/api/v1/reviews/" + all.get(2)).statusCode()).isEqualTo(404);
		assertThat(ids(json(lead.get("/api/v1/reviews?agent=" + kian)))).isEmpty();
		// paged, the lead's pages hold only what the lead sees
		JsonNode first = json(lead.get("/api/v1/reviews?limit=4"));
		assertThat(ids(first)).hasSize(4);
		assertThat(ids(json(lead.get("/api/v1/reviews?limit=4&before=" + first.get("next").asString())))).hasSize(1);
		// seeing a team member's review is not answering for it
		assertThat(lead.patchJson("/api/v1/reviews/" + all.get(4), "{\"action\":\"acknowledge\"}").statusCode())
			.isEqualTo(403);
		assertThat(lead.patchJson("/api/v1/reviews/" + all.get(5), "{\"action\":\"dispute\",\"comment\":\"No\"}")
			.statusCode()).isEqualTo(403);
		assertThat(json(lead.patchJson("/api/v1/reviews/" + all.get(3), "{\"action\":\"acknowledge\"}")).get("status")
			.asString()).isEqualTo("acknowledged");
		assertThat(json(key.get("/api/v1/reviews/" + all.get(4))).get("status").asString()).isEqualTo("open");
	}

	@Test
	void aTeamLeadSeesTheTeamsAssignments() {
		assertThat(key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}").statusCode()).isEqualTo(200);
		JsonNode mine = json(lead.get("/api/v1/quality/assignments?week=" + week));
		Set<String> agents = new HashSet<>();
		mine.get("items").forEach(a -> agents.add(a.get("agent").asString()));
		assertThat(agents).containsExactlyInAnyOrder(sara, omid, leila);
		assertThat(json(key.get("/api/v1/quality/assignments?week=" + week + "&agent=" + kian)).get("items")).hasSize(2);
		assertThat(json(lead.get("/api/v1/quality/assignments?week=" + week + "&agent=" + kian)).get("items")).isEmpty();
		assertThat(lead.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}").statusCode())
			.isEqualTo(403);
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}
}
