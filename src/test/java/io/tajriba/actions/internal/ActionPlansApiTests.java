package io.tajriba.actions.internal;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.actions.ActionPlans;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Action plans through the API: started from a pain point, listed by filters, overdue as the clock moves, done at
 * 100%, commented on, summed up per insight, bad input named, another workspace kept out, and agents held to the
 * actions they own.
 */
@TajribaTest
class ActionPlansApiTests {

	static final String IVR = "touchpoint:IVR billing";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionStore store;

	@Autowired
	InitiativeReader initiatives;

	@Autowired
	Workspaces workspaces;

	@Autowired
	ActionPlans plans;

	record Place(Tenant tenant, WebClient key, WebClient owner) {
	}

	Place place(String name) {
		Tenant tenant = tenants.create(name);
		return new Place(tenant, WebClient.withKey(port, tenant.apiKey()),
				WebClient.signedIn(port, tenant.ownerEmail(), tenant.password()));
	}

	/** A member of the place with the role, signed in. */
	record Person(UUID id, WebClient client) {
	}

	Person member(Place place, Role role, String name) {
		String email = role.id() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		UUID user = administration.ensureUser(email, name, TestWorkspaces.PASSWORD);
		tenants.addMember(place.tenant(), user, role);
		return new Person(user, WebClient.signedIn(port, email, TestWorkspaces.PASSWORD));
	}

	String create(WebClient client, String body) {
		HttpResponse<String> response = client.postJson("/api/v1/actions", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).get("id").asString();
	}

	UUID initiative(Place place, String title, String status, String kind, String ref) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into initiatives (workspace_id, id, title, status, insight_kind, insight_ref, metric, unit_kind,
				  treated, control, baseline_from, baseline_to, launch_on, min_effect, planned_end, created_by,
				  created_at, updated_at)
				values (:w, :id, :title, :status, :kind, :ref, 'nps', 'touchpoint', '["IVR billing"]', '["web"]',
				  date '2026-01-01', date '2026-01-31', date '2026-02-01', 0.05, date '2026-04-01', 'test', now(), now())""")
			.param("w", place.tenant().workspace().id()).param("id", id).param("title", title).param("status", status)
			.param("kind", kind).param("ref", ref).update();
		return id;
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Tehran"));
	}

	@Test
	void anActionStartedFromAPainPointKeepsItsInsightAndTellsItsOwner() {
		Place place = place("Plans");
		Person maryam = member(place, Role.ANALYST, "Maryam");
		String id = create(place.key(), """
				{"title":"Shorten the billing IVR menu","description":"Two levels at most","owner":"%s","dueOn":"%s",
				 "insight":{"kind":"pain_point","ref":"%s","label":"IVR billing"},"stage":"use"}"""
			.formatted(maryam.id(), today().plusDays(7), IVR));
		JsonNode action = json(place.owner().get("/api/v1/actions/" + id));
		assertThat(action.get("title").asString()).isEqualTo("Shorten the billing IVR menu");
		assertThat(action.get("owner").get("id").asString()).isEqualTo(maryam.id().toString());
		assertThat(action.get("owner").get("name").asString()).isEqualTo("Maryam");
		assertThat(action.get("status").asString()).isEqualTo("not_started");
		assertThat(action.get("progress").asInt()).isZero();
		assertThat(action.get("overdue").asBoolean()).isFalse();
		assertThat(action.get("insight").get("kind").asString()).isEqualTo("pain_point");
		assertThat(action.get("insight").get("ref").asString()).isEqualTo(IVR);
		assertThat(action.get("insight").get("label").asString()).isEqualTo("IVR billing");
		// the touchpoint comes from the pain point's reference
		assertThat(action.get("touchpoint").asString()).isEqualTo("IVR billing");
		assertThat(action.get("stage").asString()).isEqualTo("use");
		assertThat(action.get("initiative").isNull()).isTrue();
		assertThat(action.get("doneAt").isNull()).isTrue();
		assertThat(action.get("comments")).isEmpty();
		JsonNode told = json(maryam.client().get("/api/v1/notifications")).get(0);
		assertThat(told.get("kind").asString()).isEqualTo("action_assigned");
		assertThat(told.get("detail").get("title").asString()).isEqualTo("Shorten the billing IVR menu");
		assertThat(told.get("detail").get("action").asString()).isEqualTo(id);
		HttpResponse<String> opened = maryam.client().get("/notifications/" + told.get("id").asString() + "/open");
		assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/actions/" + id);
		// whoever gives an action to themselves is not told
		create(maryam.client(), "{\"title\":\"Mine\",\"owner\":\"" + maryam.id() + "\"}");
		assertThat(json(maryam.client().get("/api/v1/notifications"))).hasSize(1);
	}

	@Test
	void theListFiltersAndGoesByDueDayWithUndatedActionsLast() {
		Place place = place("Filters");
		Person ali = member(place, Role.ANALYST, "Ali");
		UUID running = initiative(place, "Billing IVR redesign", "running", "pain_point", IVR);
		String late = create(place.key(), """
				{"title":"Late","dueOn":"%s","owner":"%s","initiative":"%s",
				 "insight":{"kind":"pain_point","ref":"%s"}}""".formatted(today().minusDays(2), ali.id(), running, IVR));
		String soon = create(place.key(), "{\"title\":\"Soon\",\"dueOn\":\"" + today().plusDays(3)
				+ "\",\"status\":\"in_progress\",\"progress\":40,\"insight\":{\"kind\":\"theme\",\"ref\":\"delivery\"}}");
		String undated = create(place.key(), "{\"title\":\"Undated\",\"owner\":\"" + ali.id() + "\"}");
		String doneLate = create(place.key(), "{\"title\":\"Done late\",\"dueOn\":\"" + today().minusDays(5)
				+ "\",\"status\":\"done\"}");
		assertThat(ids("/api/v1/actions", place)).containsExactly(doneLate, late, soon, undated);
		assertThat(ids("/api/v1/actions?status=in_progress", place)).containsExactly(soon);
		assertThat(ids("/api/v1/actions?owner=" + ali.id(), place)).containsExactly(late, undated);
		assertThat(ids("/api/v1/actions?initiative=" + running, place)).containsExactly(late);
		assertThat(ids("/api/v1/actions?insightKind=pain_point&insightRef=" + IVR.replace(" ", "%20"), place))
			.containsExactly(late);
		assertThat(ids("/api/v1/actions?insightKind=theme", place)).containsExactly(soon);
		// overdue: open past its due day; the late done one is not
		assertThat(ids("/api/v1/actions?overdue=true", place)).containsExactly(late);
		JsonNode first = json(place.key().get("/api/v1/actions?overdue=true")).get(0);
		assertThat(first.get("overdue").asBoolean()).isTrue();
		assertThat(first.get("initiative").get("title").asString()).isEqualTo("Billing IVR redesign");
		assertThat(place.key().get("/api/v1/actions?status=open").statusCode()).isEqualTo(422);
		assertThat(place.key().get("/api/v1/actions?insightKind=complaint").statusCode()).isEqualTo(422);
		assertThat(place.key().get("/api/v1/actions?owner=nobody").statusCode()).isEqualTo(400);
	}

	@Test
	void anActionBecomesOverdueWhenTheClockPassesItsDueDayInTheWorkspacesZone() {
		Place place = place("Clock");
		UUID w = place.tenant().workspace().id();
		// 21:00 UTC on 1 December is already 00:30 on 2 December in Tehran (UTC+3:30)
		MovingClock clock = new MovingClock(Instant.parse("2026-12-01T21:00:00Z"));
		ActionViews views = new ActionViews(store, initiatives, administration, workspaces, clock);
		assertThat(views.today(w)).isEqualTo(LocalDate.of(2026, 12, 2));
		String id = create(place.key(), "{\"title\":\"Call back the detractors\",\"dueOn\":\"2026-12-02\"}");
		ActionFilter overdue = new ActionFilter(null, null, null, null, null, true);
		assertThat(views.list(w, overdue)).isEmpty();
		assertThat(views.list(w, ActionFilter.all()).getFirst().overdue()).isFalse();
		clock.advance(Duration.ofHours(23));
		assertThat(views.list(w, overdue)).isEmpty();
		clock.advance(Duration.ofHours(1));
		assertThat(views.today(w)).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(views.list(w, overdue)).extracting(v -> v.action().id().toString()).containsExactly(id);
		assertThat(views.list(w, ActionFilter.all()).getFirst().overdue()).isTrue();
		// done, it is overdue no more
		place.key().patchJson("/api/v1/actions/" + id, "{\"status\":\"done\"}");
		assertThat(views.list(w, overdue)).isEmpty();
	}

	@Test
	void doneMeansAHundredPercentAndNullClearsOwnerDueDayAndInitiative() {
		Place place = place("Done");
		Person sara = member(place, Role.ANALYST, "Sara");
		UUID initiative = initiative(place, "Checkout", "draft", "theme", "checkout");
		String id = create(place.key(), "{\"title\":\"Fix checkout\",\"owner\":\"" + sara.id() + "\",\"dueOn\":\""
				+ today() + "\",\"initiative\":\"" + initiative + "\",\"status\":\"in_progress\",\"progress\":30}");
		JsonNode done = json(place.key().patchJson("/api/v1/actions/" + id, "{\"status\":\"done\"}"));
		assertThat(done.get("status").asString()).isEqualTo("done");
		assertThat(done.get("progress").asInt()).isEqualTo(100);
		assertThat(done.get("doneAt").isNull()).isFalse();
		assertThat(done.get("title").asString()).isEqualTo("Fix checkout");
		assertField(place.key().patchJson("/api/v1/actions/" + id, "{\"progress\":50}"), "progress");
		JsonNode reopened = json(place.key().patchJson("/api/v1/actions/" + id,
				"{\"status\":\"on_hold\",\"progress\":60,\"owner\":null,\"dueOn\":null,\"initiative\":null}"));
		assertThat(reopened.get("doneAt").isNull()).isTrue();
		assertThat(reopened.get("progress").asInt()).isEqualTo(60);
		assertThat(reopened.get("owner").isNull()).isTrue();
		assertThat(reopened.get("dueOn").isNull()).isTrue();
		assertThat(reopened.get("initiative").isNull()).isTrue();
		assertThat(place.key().delete("/api/v1/actions/" + id).statusCode()).isEqualTo(204);
		assertThat(place.key().get("/api/v1/actions/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void commentsAreKeptOldestFirstWithTheirAuthor() {
		Place place = place("Comments");
		String id = create(place.key(), "{\"title\":\"Train the IVR team\"}");
		HttpResponse<String> first = place.owner().postJson("/api/v1/actions/" + id + "/comments",
				"{\"body\":\"Booked the room for Tuesday\"}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		plans.comment(place.tenant().workspace().id(), UUID.fromString(id), null, "Imported", "Agenda sent",
				Instant.now().plusSeconds(5));
		assertField(place.owner().postJson("/api/v1/actions/" + id + "/comments", "{\"body\":\"  \"}"), "body");
		JsonNode comments = json(place.owner().get("/api/v1/actions/" + id)).get("comments");
		assertThat(comments).hasSize(2);
		assertThat(comments.get(0).get("body").asString()).isEqualTo("Booked the room for Tuesday");
		assertThat(comments.get(0).get("author").get("id").asString()).isEqualTo(place.tenant().ownerId().toString());
		assertThat(comments.get(0).get("author").get("name").asString()).startsWith("Owner Comments");
		assertThat(comments.get(1).get("author").get("name").asString()).isEqualTo("Imported");
	}

	@Test
	void theSummaryCountsTheActionsAndInitiativesOfOneInsight() {
		Place place = place("Summary");
		String ref = "touchpoint:web checkout";
		create(place.key(), "{\"title\":\"A\",\"insight\":{\"kind\":\"pain_point\",\"ref\":\"" + ref + "\"}}");
		create(place.key(), "{\"title\":\"B\",\"status\":\"done\",\"insight\":{\"kind\":\"pain_point\",\"ref\":\""
				+ ref + "\"}}");
		create(place.key(), "{\"title\":\"C\",\"status\":\"cancelled\",\"insight\":{\"kind\":\"pain_point\",\"ref\":\""
				+ ref + "\"}}");
		create(place.key(), "{\"title\":\"Elsewhere\",\"insight\":{\"kind\":\"pain_point\",\"ref\":\"stage:use\"}}");
		initiative(place, "Running", "running", "pain_point", ref);
		initiative(place, "Finished", "finished", "pain_point", ref);
		initiative(place, "Draft", "draft", "pain_point", ref);
		JsonNode summary = json(place.key().get("/api/v1/actions/summary?kind=pain_point&ref=touchpoint:web%20checkout"));
		assertThat(summary.get("actions").asInt()).isEqualTo(3);
		assertThat(summary.get("open").asInt()).isEqualTo(1);
		assertThat(summary.get("done").asInt()).isEqualTo(1);
		assertThat(summary.get("initiativesRunning").asInt()).isEqualTo(1);
		assertThat(summary.get("initiativesFinished").asInt()).isEqualTo(1);
		assertThat(plans.summary(place.tenant().workspace().id(), "pain_point", ref))
			.isEqualTo(new ActionPlans.Summary(3, 1, 1, 1, 1));
		assertField(place.key().get("/api/v1/actions/summary?kind=pain_point"), "ref");
		assertField(place.key().get("/api/v1/actions/summary?kind=nope&ref=x"), "kind");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Place place = place("Bad input");
		UUID stranger = UUID.randomUUID();
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"  \"}"), "title");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"" + "x".repeat(201) + "\"}"), "title");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"status\":\"started\"}"), "status");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"progress\":101}"), "progress");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"progress\":\"half\"}"), "progress");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"owner\":\"" + stranger + "\"}"), "owner");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"owner\":\"Ali\"}"), "owner");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"dueOn\":\"2026-13-01\"}"), "dueOn");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"dueOn\":\"next week\"}"), "dueOn");
		assertField(place.key().postJson("/api/v1/actions", "{\"title\":\"T\",\"initiative\":\"" + stranger + "\"}"),
				"initiative");
		assertField(place.key().postJson("/api/v1/actions",
				"{\"title\":\"T\",\"insight\":{\"kind\":\"complaint\",\"ref\":\"x\"}}"), "insight.kind");
		assertField(place.key().postJson("/api/v1/actions",
				"{\"title\":\"T\",\"insight\":{\"kind\":\"theme\",\"ref\":\"" + "x".repeat(301) + "\"}}"), "insight.ref");
		assertField(place.key().postJson("/api/v1/actions", "[1]"), "body");
		String id = create(place.key(), "{\"title\":\"T\"}");
		assertField(place.key().patchJson("/api/v1/actions/" + id, "{\"title\":\"\"}"), "title");
		assertField(place.key().patchJson("/api/v1/actions/" + id, "{\"status\":\"closed\"}"), "status");
		assertField(place.key().patchJson("/api/v1/actions/" + id, "{\"progress\":-5}"), "progress");
		assertField(place.key().patchJson("/api/v1/actions/" + id, "{\"dueOn\":\"2026-02-30\"}"), "dueOn");
		assertThat(json(place.key().get("/api/v1/actions/" + id)).get("title").asString()).isEqualTo("T");
		assertThat(place.key().get("/api/v1/actions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherWorkspaceNeitherSeesNorChangesTheActions() {
		Place mine = place("Mine");
		Place theirs = place("Theirs");
		String id = create(mine.key(), "{\"title\":\"Secret plan\",\"insight\":{\"kind\":\"theme\",\"ref\":\"price\"}}");
		String path = "/api/v1/actions/" + id;
		for (WebClient other : new WebClient[] { theirs.key(), theirs.owner() }) {
			assertThat(other.get(path).statusCode()).isEqualTo(404);
			assertThat(other.patchJson(path, "{\"title\":\"Taken\"}").statusCode()).isEqualTo(404);
			assertThat(other.postJson(path + "/comments", "{\"body\":\"planted\"}").statusCode()).isEqualTo(404);
			assertThat(other.delete(path).statusCode()).isEqualTo(404);
			assertThat(other.get("/api/v1/actions").body()).doesNotContain(id, "Secret plan");
			assertThat(json(other.get("/api/v1/actions/summary?kind=theme&ref=price")).get("actions").asInt()).isZero();
		}
		assertThat(theirs.owner().get("/actions/" + id).statusCode()).isEqualTo(404);
		assertThat(theirs.owner().get("/actions").body()).contains("id=\"board\"").doesNotContain("Secret plan");
		// nor may one workspace's action join another's initiative
		UUID foreign = initiative(theirs, "Theirs", "running", "theme", "price");
		assertField(mine.key().patchJson(path, "{\"initiative\":\"" + foreign + "\"}"), "initiative");
		JsonNode kept = json(mine.key().get(path));
		assertThat(kept.get("title").asString()).isEqualTo("Secret plan");
		assertThat(kept.get("comments")).isEmpty();
	}

	@Test
	void agentsChangeOnlyTheActionsTheyOwnAndNeitherStartNorDeleteAny() {
		Place place = place("Agents");
		Person agent = member(place, Role.AGENT, "Reza");
		Person viewer = member(place, Role.VIEWER, "Vida");
		String own = create(place.key(), "{\"title\":\"Reza's\",\"owner\":\"" + agent.id() + "\"}");
		String others = create(place.key(), "{\"title\":\"Someone else's\",\"owner\":\"" + place.tenant().ownerId()
				+ "\"}");
		HttpResponse<String> patched = agent.client().patchJson("/api/v1/actions/" + own,
				"{\"status\":\"in_progress\",\"progress\":20}");
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		assertThat(agent.client().postJson("/api/v1/actions/" + own + "/comments", "{\"body\":\"On it\"}").statusCode())
			.isEqualTo(201);
		assertThat(agent.client().patchJson("/api/v1/actions/" + others, "{\"progress\":20}").statusCode())
			.isEqualTo(403);
		assertThat(agent.client().postJson("/api/v1/actions/" + others + "/comments", "{\"body\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(agent.client().postJson("/api/v1/actions", "{\"title\":\"New\"}").statusCode()).isEqualTo(403);
		assertThat(agent.client().delete("/api/v1/actions/" + own).statusCode()).isEqualTo(403);
		assertThat(viewer.client().patchJson("/api/v1/actions/" + own, "{\"progress\":90}").statusCode())
			.isEqualTo(403);
		// everyone reads them all
		assertThat(ids("/api/v1/actions", agent.client())).contains(own, others);
		assertThat(json(place.key().get("/api/v1/actions/" + own)).get("progress").asInt()).isEqualTo(20);
		assertThat(json(place.key().get("/api/v1/actions/" + others)).get("progress").asInt()).isZero();
	}

	java.util.List<String> ids(String path, Place place) {
		return ids(path, place.key());
	}

	java.util.List<String> ids(String path, WebClient client) {
		return json(client.get(path)).valueStream().map(a -> a.get("id").asString()).toList();
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(mapper.readTree(response.body()).get("field").asString()).isEqualTo(field);
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}

	/** A clock the test moves by hand. */
	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			MovingClock outer = this;
			return new Clock() {
				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return outer.withZone(other);
				}

				@Override
				public Instant instant() {
					return outer.now;
				}
			};
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
