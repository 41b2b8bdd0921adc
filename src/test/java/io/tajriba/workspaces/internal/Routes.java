package io.tajriba.workspaces.internal;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tajriba.WebClient;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route of the application, from its handler mappings, and a way to send one whatever its method. */
final class Routes {

	/** A method ({@code ANY} for a route that takes every one) and the route as its controller maps it. */
	record Route(String method, String pattern) {
	}

	private Routes() {
	}

	static List<Route> of(RequestMappingHandlerMapping mapping) {
		Set<Route> routes = new LinkedHashSet<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			var verbs = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				verbs.forEach(verb -> routes.add(new Route(verb.name(), pattern)));
				if (verbs.isEmpty()) {
					routes.add(new Route("ANY", pattern));
				}
			}
		});
		return List.copyOf(routes);
	}

	/**
	 * Sends a route's request: the API's as JSON ({@code {}} unless a body is given), the pages' as a form (a body
	 * written {@code a=b&c=d}).
	 */
	static HttpResponse<String> send(WebClient client, String method, String path, @Nullable String body) {
		boolean api = path.startsWith("/api/");
		String json = body == null ? "{}" : body;
		return switch (method) {
			case "GET", "ANY" -> client.get(path);
			case "DELETE" -> client.delete(path);
			case "POST" -> api ? client.postJson(path, json) : client.form(path, form(body));
			default -> client.send(path, HttpRequest.newBuilder()
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json)));
		};
	}

	private static Map<String, String> form(@Nullable String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body != null) {
			for (String pair : body.split("&(?=[a-zA-Z]+=)")) {
				int at = pair.indexOf('=');
				fields.put(pair.substring(0, at), pair.substring(at + 1));
			}
		}
		return fields;
	}
}
