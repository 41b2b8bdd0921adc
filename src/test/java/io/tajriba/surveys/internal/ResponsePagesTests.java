package io.tajriba.surveys.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The export reads a survey's responses a page at a time: every response once, newest first, across pages. */
@TajribaTest
class ResponsePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ResponseStore responses;

	@Autowired
	ObjectMapper mapper;

	@Test
	void pagesHandOverEveryResponseOnceInTheListsOrder() {
		Tenant tenant = tenants.create("Pages");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = mapper.readTree(key.postJson("/api/v1/surveys?template=nps-relationship",
				"{\"name\":\"Paged\"}").body()).get("id").asString();
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		Instant base = Instant.parse("2026-05-01T09:00:00Z");
		for (int i = 0; i < 7; i++) {
			// two pairs share their time: the pages must still neither skip nor repeat one of them
			rows.append("{\"id\":\"r").append(i).append("\",\"submittedAt\":\"").append(base.plusSeconds(i / 2 * 60))
				.append("\",\"answers\":{\"nps\":").append(i).append("}}\n");
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":7");
		UUID workspace = tenant.workspace().id();
		List<List<StoredResponse>> pages = new ArrayList<>();
		responses.eachPage(workspace, UUID.fromString(survey), 2, pages::add);
		assertThat(pages).hasSize(4);
		List<UUID> paged = pages.stream().flatMap(List::stream).map(StoredResponse::id).toList();
		assertThat(paged).doesNotHaveDuplicates().hasSize(7);
		List<StoredResponse> listed = responses.list(workspace, UUID.fromString(survey), 100);
		assertThat(pages.stream().flatMap(List::stream).map(r -> r.completedAt() != null ? r.completedAt() : r.startedAt())
			.toList()).isEqualTo(listed.stream().map(r -> r.completedAt() != null ? r.completedAt() : r.startedAt())
				.toList());
	}
}
