package io.tajriba.workspaces.internal;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Permission;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application, taken from its handler mappings so that a new one cannot be forgotten, tried by
 * every role: refused with 403 exactly when the route table says the role lacks what the route asks.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePolicyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	AccessAdministration administration;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	final RouteTable table = RouteTable.load();

	final Map<Role, WebClient> clients = new EnumMap<>(Role.class);


	@BeforeAll
	void signInEveryRole() {
		var tenant = workspaces.create("Roles");
		clients.put(Role.OWNER, WebClient.signedIn(port, tenant.ownerEmail(), tenant.password()));
		for (Role role : List.of(Role.ADMIN, Role.ANALYST, Role.AGENT, Role.VIEWER)) {
			String email = role.id() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
			UUID user = administration.ensureUser(email, "A " + role.id(), TestWorkspaces.PASSWORD);
			workspaces.addMember(tenant, user, role);
			clients.put(role, WebClient.signedIn(port, email, TestWorkspaces.PASSWORD));
		}
	}

	List<Routes.Route> routes() {
		return Routes.of(mapping);
	}

	@Test
	void everyRouteIsInTheTableAndEveryLineNamesARoute() {
		List<Routes.Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(150);
		assertThat(routes).filteredOn(r -> !table.covers(r.method(), r.pattern()))
			.as("routes missing from " + RouteTable.RESOURCE)
			.isEmpty();
		Set<String> mapped = new TreeSet<>();
		routes.forEach(r -> mapped.add(r.method() + " " + r.pattern()));
		assertThat(table.listed()).filteredOn(rule -> !mapped.contains(rule.method() + " " + rule.route()))
			.as("lines of " + RouteTable.RESOURCE + " that name no route")
			.isEmpty();
	}

	@Test
	void everyRoleIsRefusedExactlyWhatTheTableRefusesIt() {
		List<String> wrong = new ArrayList<>();
		int tried = 0;
		for (Routes.Route route : routes()) {
			RouteTable.Rule rule = table.rule(route.method().equals("ANY") ? "GET" : route.method(), route.pattern());
			if (rule.isPublic() || route.pattern().startsWith("/s/")) {
				continue;
			}
			String path = route.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			for (Role role : Role.values()) {
				int status = Routes.send(clients.get(role), route.method(), path, null).statusCode();
				boolean refused = status == 403;
				boolean allowed = role.may(rule.permission());
				tried++;
				if (refused == allowed || status >= 500) {
					wrong.add(role.id() + " " + route.method() + " " + route.pattern() + " -> " + status + " (asks "
							+ rule.permission() + ")");
				}
			}
		}
		assertThat(tried).isGreaterThan(700);
		assertThat(wrong).isEmpty();
	}

	@Test
	void agentsWorkCasesButNeitherPublishNorMailNorRetrainNorReplaceTheTaxonomy() {
		WebClient agent = clients.get(Role.AGENT);
		String id = UUID.randomUUID().toString();
		assertThat(agent.postJson("/api/v1/surveys/" + id + "/publish", "{}").statusCode()).isEqualTo(403);
		assertThat(agent.postJson("/api/v1/surveys/" + id + "/triggers", "{}").statusCode()).isEqualTo(403);
		assertThat(agent.postJson("/api/v1/text/adaptation", "{}").statusCode()).isEqualTo(403);
		assertThat(agent.send("/api/v1/text/themes", HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("[]"))).statusCode())
			.isEqualTo(403);
		assertThat(agent.postJson("/api/v1/interactions", "[]").statusCode()).isEqualTo(403);
		// agents may work cases: a case it cannot see is not found, a bad comment is named, neither is refused
		assertThat(agent.postJson("/api/v1/cases/" + id + "/comments", "{}").statusCode()).isIn(404, 422);
		assertThat(Role.AGENT.may(Permission.WORK_CASES)).isTrue();
		assertThat(Role.VIEWER.may(Permission.WORK_CASES)).isFalse();
	}
}
