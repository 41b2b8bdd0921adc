package io.tajriba.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.Criterion;
import io.tajriba.quality.domain.Scorecard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scorecard as JSON, the API's shape and the stored one: {@code name}, {@code channel}, {@code sections} of
 * {@code title} and {@code criteria}, each criterion {@code key}, {@code text} ({"en": .., "fa": ..}), {@code scale}
 * (yes_no, three, four, five), {@code weight} (1 when left out), {@code naAllowed}, {@code critical}. A bad field is
 * named by its path, as in {@code sections[0].criteria[1].weight}.
 */
public final class ScorecardCodec {

	private ScorecardCodec() {
	}

	public static Scorecard read(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		JsonNode sections = body.get("sections");
		if (sections == null || !sections.isArray()) {
			throw new InvalidFieldException("sections", "must be a list of sections");
		}
		List<Scorecard.Section> read = new ArrayList<>();
		for (int s = 0; s < sections.size(); s++) {
			JsonNode section = sections.get(s);
			String at = "sections[" + s + "]";
			if (!section.isObject()) {
				throw new InvalidFieldException(at, "must be an object with title and criteria");
			}
			JsonNode criteria = section.get("criteria");
			if (criteria == null || !criteria.isArray()) {
				throw new InvalidFieldException(at + ".criteria", "must be a list of criteria");
			}
			List<Scorecard.Item> items = new ArrayList<>();
			for (int c = 0; c < criteria.size(); c++) {
				items.add(item(criteria.get(c), at + ".criteria[" + c + "]"));
			}
			read.add(new Scorecard.Section(text(section, "title", at + ".title"), items));
		}
		return new Scorecard(text(body, "name", "name"), text(body, "channel", "channel"), read);
	}

	private static Scorecard.Item item(JsonNode node, String at) {
		if (!node.isObject()) {
			throw new InvalidFieldException(at, "must be an object");
		}
		String key = text(node, "key", at + ".key");
		var scale = Scorecard.scale(at + ".scale", node.has("scale") && node.get("scale").isString()
				? node.get("scale").asString() : null);
		JsonNode weightNode = node.get("weight");
		double weight = 1;
		if (weightNode != null && !weightNode.isNull()) {
			if (!weightNode.isNumber()) {
				throw new InvalidFieldException(at + ".weight", "must be a number above 0 and at most 100");
			}
			weight = weightNode.asDouble();
		}
		boolean na = bool(node, "naAllowed", at + ".naAllowed");
		boolean critical = bool(node, "critical", at + ".critical");
		Criterion criterion;
		try {
			criterion = new Criterion(key, scale, weight, na, critical);
		}
		catch (InvalidFieldException e) {
			throw new InvalidFieldException(at + "." + e.field(), e.getMessage());
		}
		JsonNode text = node.get("text");
		if (text == null || !text.isObject()) {
			throw new InvalidFieldException(at + ".text", "must give the text per language, as {\"en\": \"...\"}");
		}
		Map<String, String> wording = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : text.properties()) {
			if (!entry.getValue().isString()) {
				throw new InvalidFieldException(at + ".text." + entry.getKey(), "must be a string");
			}
			wording.put(entry.getKey(), entry.getValue().asString().strip());
		}
		return new Scorecard.Item(criterion, wording);
	}

	private static String text(JsonNode node, String name, String field) {
		JsonNode value = node.get(name);
		if (value == null || !value.isString()) {
			throw new InvalidFieldException(field, "is required, a string");
		}
		return value.asString();
	}

	private static boolean bool(JsonNode node, String name, String field) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			throw new InvalidFieldException(field, "must be true or false");
		}
		return value.asBoolean();
	}

	public static ObjectNode write(Scorecard card) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode node = json.objectNode();
		node.put("name", card.name());
		node.put("channel", card.channel());
		ArrayNode sections = node.putArray("sections");
		for (Scorecard.Section section : card.sections()) {
			ObjectNode s = sections.addObject();
			s.put("title", section.title());
			ArrayNode criteria = s.putArray("criteria");
			for (Scorecard.Item item : section.criteria()) {
				Criterion c = item.criterion();
				ObjectNode i = criteria.addObject();
				i.put("key", c.key());
				ObjectNode text = i.putObject("text");
				item.text().forEach(text::put);
				i.put("scale", Scorecard.scaleName(c.scale()));
				i.put("weight", c.weight());
				i.put("naAllowed", c.naAllowed());
				i.put("critical", c.critical());
			}
		}
		return node;
	}
}
