package io.tajriba;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client against the running application: with an API key, or as a browser would (session cookie,
 * CSRF token taken from the page).
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient http;
	private String bearer;
	private String csrf;

	private WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	public static WebClient withKey(int port, String apiKey) {
		WebClient client = new WebClient(port);
		client.bearer = apiKey;
		return client;
	}

	public static WebClient anonymous(int port) {
		return new WebClient(port);
	}

	public static WebClient signedIn(int port, String email, String password) {
		WebClient client = new WebClient(port);
		client.refreshCsrf("/login");
		var response = client.form("/login", Map.of("email", email, "password", password));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + email + ": " + response.statusCode());
		}
		client.refreshCsrf("/");
		return client;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** A GET whose body is kept as bytes (a PDF, a file). */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE());
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> patchJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> send(String path, HttpRequest.Builder builder) {
		return send(authenticate(builder.uri(URI.create(base + path))));
	}

	public HttpResponse<String> form(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		if (csrf != null) {
			body += "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private void refreshCsrf(String page) {
		Matcher matcher = CSRF.matcher(get(page).body());
		csrf = matcher.find() ? matcher.group(1) : null;
	}

	private HttpRequest.Builder request(String path) {
		return authenticate(HttpRequest.newBuilder(URI.create(base + path)));
	}

	private HttpRequest.Builder authenticate(HttpRequest.Builder builder) {
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		if (csrf != null) {
			builder.header("X-CSRF-TOKEN", csrf);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
