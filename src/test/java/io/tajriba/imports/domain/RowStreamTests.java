package io.tajriba.imports.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tajriba.platform.BatchReader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RowStreamTests {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();

	static List<Row> read(String text, ImportFormat format, ImportKind kind, int maxChars, int batch) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<Row> all = new ArrayList<>();
		try (RowStream stream = new RowStream(new ByteArrayInputStream(bytes), format, kind, MAPPER, maxChars)) {
			List<Row> rows;
			while (!(rows = stream.next(batch)).isEmpty()) {
				assertThat(rows).hasSizeLessThanOrEqualTo(batch);
				all.addAll(rows);
			}
			assertThat(stream.bytesRead()).isEqualTo(bytes.length);
		}
		return all;
	}

	static List<Row> csv(String text) throws IOException {
		return read(text, ImportFormat.CSV, ImportKind.INTERACTIONS, 10_000, 2);
	}

	@Test
	void ndjsonKeepsLineNumbersSkipsBlankLinesAndReportsBadLines() throws IOException {
		String text = "\uFEFF{\"id\":\"a\"}\r\n\n{\"id\":\"b\"}\nnot json\n[1]\n{\"id\":\"c\"}";
		List<Row> rows = read(text, ImportFormat.NDJSON, ImportKind.INTERACTIONS, 10_000, 2);
		assertThat(rows).extracting(Row::line).containsExactly(1, 3, 4, 5, 6);
		assertThat(rows.get(0).json().get("id").stringValue()).isEqualTo("a");
		assertThat(rows.get(2).json()).isNull();
		assertThat(rows.get(2).error()).startsWith("is not valid JSON");
		assertThat(rows.get(3).error()).isEqualTo("must be a JSON object");
		assertThat(rows.get(4).json().get("id").stringValue()).isEqualTo("c");
	}

	@Test
	void anOverlongLineIsReportedAndTheNextLinesStillRead() throws IOException {
		String text = "{\"id\":\"a\"}\n{\"id\":\"" + "x".repeat(500) + "\"}\n{\"id\":\"b\"}\n";
		List<Row> rows = read(text, ImportFormat.NDJSON, ImportKind.INTERACTIONS, 100, 10);
		assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3);
		assertThat(rows.get(1).error()).isEqualTo("the line is longer than 100 characters");
		assertThat(rows.get(2).json().get("id").stringValue()).isEqualTo("b");
	}

	@Test
	void csvColumnsBecomeTheApiFields() throws IOException {
		String text = """
				id,customer,type,channel,occurredAt,value,durationSeconds,text,properties,properties.campaign
				e1,c1,purchase,web,2026-05-01T10:00:00+03:30,12.50,30,"Great, ""really"" great",{"stage":"action"},spring
				e2,c2,review,store,2026-05-01T11:00:00Z,,,"خیلی
				خوب بود",,
				""";
		List<Row> rows = csv(text);
		assertThat(rows).extracting(Row::line).containsExactly(2, 3);
		var first = rows.get(0).json();
		assertThat(first.get("value").isNumber()).isTrue();
		assertThat(first.get("value").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(first.get("durationSeconds").isIntegralNumber()).isTrue();
		assertThat(first.get("text").stringValue()).isEqualTo("Great, \"really\" great");
		assertThat(first.get("properties").get("stage").stringValue()).isEqualTo("action");
		assertThat(first.get("properties").get("campaign").stringValue()).isEqualTo("spring");
		var second = rows.get(1).json();
		assertThat(second.has("value")).isFalse();
		assertThat(second.get("text").stringValue()).isEqualTo("خیلی\nخوب بود");
		assertThat(rows.get(0).raw()).contains("\"id\":\"e1\"");
	}

	@Test
	void semicolonsTabsCrlfAndABomAreUnderstood() throws IOException {
		List<Row> semicolons = csv("\uFEFFid;type;value\r\ne1;visit;3,5\r\n");
		assertThat(semicolons).hasSize(1);
		assertThat(semicolons.get(0).json().get("id").stringValue()).isEqualTo("e1");
		// a decimal comma is not a number: kept as text, so that the row is rejected naming the field
		assertThat(semicolons.get(0).json().get("value").isString()).isTrue();
		List<Row> tabs = csv("id\ttype\ne1\tvisit\n");
		assertThat(tabs.get(0).json().get("type").stringValue()).isEqualTo("visit");
	}

	@Test
	void aRowWithTooManyCellsIsAnErrorAndFewerCellsAreFine() throws IOException {
		List<Row> rows = csv("id,type\ne1,visit,extra\ne2\n\n,\ne3,call\n");
		assertThat(rows).extracting(Row::line).containsExactly(2, 3, 6);
		assertThat(rows.get(0).error()).isEqualTo("the row has 3 cells but the header has 2 columns");
		assertThat(rows.get(1).json().get("id").stringValue()).isEqualTo("e2");
		assertThat(rows.get(2).json().get("type").stringValue()).isEqualTo("call");
	}

	@Test
	void anUnterminatedQuoteCannotSwallowTheFile() throws IOException {
		List<Row> rows = read("id,text\ne1,\"never closed\ne2,x\n" + "e3,y\n".repeat(50), ImportFormat.CSV,
				ImportKind.INTERACTIONS, 40, 100);
		assertThat(rows.get(0).error()).isEqualTo("the row is longer than 40 characters");
		assertThat(rows.getLast().json().get("id").stringValue()).isEqualTo("e3");
	}

	@Test
	void customersTakeAttributesColumns() throws IOException {
		List<Row> rows = read("id,email,attributes.city,attributes.age_band\nc1,a@b.io,Shiraz,25-34\n",
				ImportFormat.CSV, ImportKind.CUSTOMERS, 10_000, 10);
		assertThat(rows.get(0).json().get("attributes").get("city").stringValue()).isEqualTo("Shiraz");
		assertThat(rows.get(0).json().get("attributes").get("age_band").stringValue()).isEqualTo("25-34");
	}

	@Test
	void formatsAreGuessedFromNamesAndTypes() {
		assertThat(ImportFormat.guess("events.CSV", null)).isEqualTo(ImportFormat.CSV);
		assertThat(ImportFormat.guess(null, "application/x-ndjson; charset=utf-8")).isEqualTo(ImportFormat.NDJSON);
		assertThat(ImportFormat.guess("data.jsonl", "application/octet-stream")).isEqualTo(ImportFormat.NDJSON);
		assertThat(ImportFormat.guess("data.xlsx", "application/octet-stream")).isNull();
	}
}
