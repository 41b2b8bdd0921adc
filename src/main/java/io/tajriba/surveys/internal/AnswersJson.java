package io.tajriba.surveys.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.tajriba.surveys.domain.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Answers as stored: a JSON object of question key to a number, a text, or an array of choice keys. */
public final class AnswersJson {

	private AnswersJson() {
	}

	static String write(ObjectMapper mapper, Map<String, Answer> answers) {
		ObjectNode out = mapper.createObjectNode();
		answers.forEach((key, a) -> {
			if (a.number() != null) {
				out.put(key, a.number());
			}
			else if (a.text() != null) {
				out.put(key, a.text());
			}
			else {
				a.choices().forEach(out.putArray(key)::add);
			}
		});
		return out.toString();
	}

	public static Map<String, Answer> read(ObjectMapper mapper, String json) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (var entry : mapper.readTree(json).properties()) {
			JsonNode value = entry.getValue();
			answers.put(entry.getKey(), value.isNumber() ? Answer.number(value.intValue())
					: value.isArray() ? Answer.choices(StreamSupport.stream(value.spliterator(), false)
						.map(JsonNode::asString).toList())
					: Answer.text(value.asString()));
		}
		return answers;
	}
}
