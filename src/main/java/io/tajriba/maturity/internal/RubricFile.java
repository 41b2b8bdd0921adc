package io.tajriba.maturity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tajriba.maturity.domain.EvidenceRule;
import io.tajriba.maturity.domain.Measure;
import io.tajriba.maturity.domain.Rubric;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The rubric the product ships, {@code maturity/rubric.json}, read once at start. */
@Component
public class RubricFile {

	static final String PATH = "/maturity/rubric.json";

	private final Rubric rubric;

	RubricFile(ObjectMapper mapper) {
		try (InputStream in = RubricFile.class.getResourceAsStream(PATH)) {
			if (in == null) {
				throw new IllegalStateException("the maturity rubric " + PATH + " is missing");
			}
			this.rubric = parse(mapper.readTree(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Rubric rubric() {
		return rubric;
	}

	static Rubric parse(JsonNode root) {
		List<String> sources = new ArrayList<>();
		root.path("sources").forEach(s -> sources.add(s.asString()));
		Map<String, Rubric.Text> levels = new LinkedHashMap<>();
		root.path("levels").properties().forEach(e -> levels.put(e.getKey(), text(e.getValue())));
		List<Rubric.Competency> competencies = new ArrayList<>();
		for (JsonNode c : root.path("competencies")) {
			String key = c.path("key").asString();
			List<Rubric.Item> items = new ArrayList<>();
			c.path("items").forEach(i -> items.add(new Rubric.Item(i.path("key").asString(), text(i.path("text")),
					step(i.path("step")))));
			List<Rubric.Evidence> evidence = new ArrayList<>();
			for (JsonNode e : c.path("evidence")) {
				List<Double> thresholds = new ArrayList<>();
				e.path("thresholds").forEach(t -> thresholds.add(t.asDouble()));
				EvidenceRule rule = new EvidenceRule(e.path("key").asString(), key,
						Measure.Kind.valueOf(e.path("kind").asString().toUpperCase(Locale.ROOT)), thresholds);
				evidence.add(new Rubric.Evidence(rule, text(e.path("text")), step(e.path("step"))));
			}
			competencies.add(new Rubric.Competency(key, text(c.path("name")), items, evidence));
		}
		return new Rubric(root.path("version").asString(), sources, levels, competencies);
	}

	private static Rubric.Text text(JsonNode node) {
		Map<String, String> byLanguage = new LinkedHashMap<>();
		node.properties().forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
		return new Rubric.Text(byLanguage);
	}

	private static Rubric.Step step(JsonNode node) {
		return new Rubric.Step(text(node.path("text")), node.has("none") ? text(node.path("none")) : null,
				node.path("link").asString());
	}
}
