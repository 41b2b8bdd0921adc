package io.tajriba.employees;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The first id of a JSON answer. */
final class MetricsIds {

	private MetricsIds() {
	}

	static String id(String body) {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return m.group(1);
	}
}
