package io.tajriba.workspaces.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.tajriba.workspaces.Permission;
import org.jspecify.annotations.Nullable;

/**
 * The one table of what every route asks of the caller's role, read from {@code workspaces/route-permissions.txt}.
 * A GET not listed asks {@link Permission#READ}; any other method not listed is unlisted, and refused.
 */
final class RouteTable {

	static final String RESOURCE = "workspaces/route-permissions.txt";

	/** What a route asks: a permission, nothing (a public route), or unknown (not in the table). */
	record Rule(String method, String route, @Nullable Permission permission, boolean isPublic, boolean listed) {

		static Rule unlisted(String method, String route) {
			return new Rule(method, route, null, false, false);
		}
	}

	private final Map<String, Rule> rules;

	private RouteTable(Map<String, Rule> rules) {
		this.rules = rules;
	}

	static RouteTable load() {
		try (InputStream in = RouteTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static RouteTable parse(String text) {
		Map<String, Rule> rules = new LinkedHashMap<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+");
			if (parts.length != 3) {
				throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected METHOD ROUTE PERMISSION");
			}
			String method = parts[0].toUpperCase(Locale.ROOT);
			boolean open = parts[2].equals("PUBLIC");
			Permission permission = open ? null : Permission.valueOf(parts[2]);
			if (rules.put(key(method, parts[1]), new Rule(method, parts[1], permission, open, true)) != null) {
				throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": " + method + " " + parts[1]
						+ " is listed twice");
			}
		}
		return new RouteTable(rules);
	}

	/** The rule of a request's method on a route pattern. */
	Rule rule(String method, String route) {
		String verb = method.equals("HEAD") ? "GET" : method.toUpperCase(Locale.ROOT);
		Rule rule = Optional.ofNullable(rules.get(key(verb, route))).orElse(rules.get(key("ANY", route)));
		if (rule != null) {
			return rule;
		}
		return verb.equals("GET") ? new Rule(verb, route, Permission.READ, false, false) : Rule.unlisted(verb, route);
	}

	/** Whether a route with this method has an answer without guessing: listed, or a GET. */
	boolean covers(String method, String route) {
		Rule rule = rule(method, route);
		return rule.listed() || rule.permission() != null;
	}

	/** Listed routes, to find lines that name no route anymore. */
	List<Rule> listed() {
		return List.copyOf(rules.values());
	}

	private static String key(String method, String route) {
		return method + " " + route;
	}
}
