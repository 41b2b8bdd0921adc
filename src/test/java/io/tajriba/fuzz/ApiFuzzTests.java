package io.tajriba.fuzz;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, as an admin of a fresh workspace: each field of a valid body replaced in
 * turn by a wrong type, null, a huge number or string, NUL and bidi control characters and nested junk; each query
 * parameter of a read and each path id replaced by junk. No answer may be a 5xx, and every 4xx is a problem detail.
 */
@TajribaTest
class ApiFuzzTests {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();
	private final AtomicInteger sent = new AtomicInteger();
	private WebClient admin;

	@Test
	void noInputGetsA5xxAndEvery4xxIsAProblemDetail() throws Exception {
		var tenant = tenants.create("Fuzz");
		String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, "Fuzz admin", TestWorkspaces.PASSWORD), Role.ADMIN);
		admin = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD);

		var docs = admin.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode document = mapper.readTree(docs.body());
		SchemaSamples samples = new SchemaSamples(document);
		List<Operation> operations = Operations.of(document, samples);
		assertThat(operations).hasSizeGreaterThan(50);

		// creations first, so that the later operations find real ids; deletions last
		operations.sort(Comparator.comparingInt(Operation::rank));
		for (Operation operation : operations) {
			ExecutorService pool = Executors.newFixedThreadPool(3);
			for (Attempt attempt : Mutations.of(operation, realIds(operation.path()))) {
				pool.execute(() -> check(operation, attempt));
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as(operation.toString()).isTrue();
		}
		assertThat(sent.get()).isGreaterThan(1000);
		assertThat(failures).as(failures.size() + " of " + sent.get() + " answers were wrong:\n"
				+ String.join("\n", failures)).isEmpty();
	}

	private void check(Operation operation, Attempt attempt) {
		sent.incrementAndGet();
		HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(20));
		if (attempt.body() != null) {
			request.header("Content-Type", operation.contentType());
		}
		request.method(operation.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(attempt.body()));
		HttpResponse<String> answer;
		try {
			answer = admin.send(attempt.path(), request);
		}
		catch (RuntimeException e) {
			failures.add(operation + " " + attempt + " [" + attempt.describe() + "] -> no answer: " + e.getMessage());
			return;
		}
		int status = answer.statusCode();
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (status >= 500) {
			failures.add(operation + " " + attempt + " [" + attempt.describe() + "] -> " + status + " "
					+ abbreviated(answer.body()));
		}
		else if (status >= 400 && !type.startsWith("application/problem+json")) {
			failures.add(operation + " " + attempt + " [" + attempt.describe() + "] -> " + status
					+ " without a problem detail (" + type + ") " + abbreviated(answer.body()));
		}
	}

	/** Each path id taken from the list it belongs to, e.g. {@code /surveys/{id}} from {@code GET /surveys}. */
	private List<String> realIds(String path) {
		Matcher parameter = PATH_PARAMETER.matcher(path);
		List<String> ids = new ArrayList<>();
		while (parameter.find()) {
			String list = path.substring(0, parameter.start() - 1);
			String id = list.contains("{") ? null : firstId(list);
			ids.add(id != null ? id : UUID.randomUUID().toString());
		}
		return ids;
	}

	private String firstId(String list) {
		var answer = admin.get(list);
		Matcher id = ID.matcher(answer.body());
		return answer.statusCode() == 200 && id.find() ? id.group(1) : null;
	}

	static String abbreviated(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "...";
	}

	static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One operation of the document: its method, path, query parameters and a valid body if it takes one. */
	record Operation(String method, String path, List<String> query, String contentType, @Nullable String body) {

		int rank() {
			boolean creates = method.equals("POST") && !path.contains("{");
			return switch (method) {
				case "DELETE" -> 3;
				default -> creates ? 0 : path.contains("member") || path.contains("api-key") ? 2 : 1;
			};
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	/** A request to send: the path with its query, and the body (null: none). */
	record Attempt(String path, @Nullable String body, String mutation) {

		@Override
		public String toString() {
			return path.length() > 200 ? path.substring(0, 200) + "..." : path;
		}

		String describe() {
			return mutation + (body == null ? "" : " body " + abbreviated(body));
		}
	}

}
