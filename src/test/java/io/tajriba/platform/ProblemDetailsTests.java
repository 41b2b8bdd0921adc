package io.tajriba.platform;

import java.net.http.HttpRequest;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear RFC 9457 answer naming the field; never a 500, never a stack trace. */
@TajribaTest
class ProblemDetailsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Test
	void unknownRoutesAre404ProblemDetails() {
		var response = WebClient.withKey(port, tenants.create("Routes").apiKey()).get("/api/v1/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void missingCredentialsAre401AndUnknownKeysToo() {
		assertThat(WebClient.anonymous(port).get("/api/v1/workspace").statusCode()).isEqualTo(401);
		var response = WebClient.withKey(port, "tjr_not_a_key_at_all").get("/api/v1/workspace");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("Unknown or revoked API key");
	}

	@Test
	void invalidFieldsAreNamed() {
		var tenant = tenants.create("Fields");
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());

		var badCalendar = owner.patchJson("/api/v1/workspace",
				"{\"name\":\"X\",\"defaultLocale\":\"fa\",\"timeZone\":\"Asia/Tehran\",\"calendar\":\"mayan\"}");
		assertThat(badCalendar.statusCode()).isEqualTo(422);
		assertThat(badCalendar.body()).contains("\"field\":\"calendar\"");

		var badZone = owner.patchJson("/api/v1/workspace",
				"{\"name\":\"X\",\"defaultLocale\":\"fa\",\"timeZone\":\"Mars/Olympus\",\"calendar\":\"persian\"}");
		assertThat(badZone.statusCode()).isEqualTo(422);
		assertThat(badZone.body()).contains("\"field\":\"timeZone\"");

		var blankName = owner.patchJson("/api/v1/workspace",
				"{\"name\":\"\",\"defaultLocale\":\"fa\",\"timeZone\":\"Asia/Tehran\",\"calendar\":\"persian\"}");
		assertThat(blankName.statusCode()).isEqualTo(422);
		assertThat(blankName.body()).contains("\"field\":\"name\"");

		var badAddress = owner.postJson("/api/v1/members", "{\"email\":\"new at example\",\"role\":\"analyst\"}");
		assertThat(badAddress.statusCode()).isEqualTo(422);
		assertThat(badAddress.body()).contains("\"field\":\"email\"");
	}

	@Test
	void malformedJsonIs400AndWrongTypesNameTheField() {
		var tenant = tenants.create("Json");
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var broken = owner.postJson("/api/v1/api-keys", "{\"name\": ");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at io.");

		var wrongType = owner.postJson("/api/v1/api-keys", "{\"name\": {\"nested\": true}}");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("\"field\":\"name\"");
	}

	@Test
	void oversizeBodiesAre413() {
		var tenant = tenants.create("Size");
		String big = "{\"name\":\"" + "x".repeat(33 * 1024 * 1024) + "\"}";
		var declared = WebClient.withKey(port, tenant.apiKey()).postJson("/api/v1/api-keys", big);
		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("\"status\":413");

		// streamed without a declared length: cut off once the limit is crossed
		var streamed = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password())
			.send("/api/v1/api-keys", HttpRequest.newBuilder()
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(
						() -> new java.io.ByteArrayInputStream(big.getBytes()))));
		assertThat(streamed.statusCode()).isEqualTo(413);
	}

	@Test
	void apiKeysAreShownOnceAndRevocable() {
		var tenant = tenants.create("Keys");
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var issued = owner.postJson("/api/v1/api-keys", "{\"name\":\"crm export\",\"role\":\"agent\"}");
		assertThat(issued.statusCode()).isEqualTo(201);
		String secret = issued.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		String id = issued.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(secret).startsWith("tjr_").hasSize(36);
		assertThat(owner.get("/api/v1/api-keys").body()).doesNotContain(secret).contains(secret.substring(0, 10));

		assertThat(WebClient.withKey(port, secret).get("/api/v1/workspace").statusCode()).isEqualTo(200);
		assertThat(owner.delete("/api/v1/api-keys/" + id).statusCode()).isEqualTo(204);
		assertThat(WebClient.withKey(port, secret).get("/api/v1/workspace").statusCode()).isEqualTo(401);
		assertThat(owner.get("/api/v1/audit").body()).contains("api_key.created").contains("api_key.revoked")
			.contains("api_key.used").contains("sign_in");
	}

	@Test
	void adminKeysCannotBeIssued() {
		var tenant = tenants.create("Roles");
		var response = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password())
			.postJson("/api/v1/api-keys", "{\"name\":\"too strong\",\"role\":\"admin\"}");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"role\"");
	}
}
