package io.tajriba.surveys.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import io.tajriba.surveys.SurveyDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Ready-made surveys in en, fa, ar and he: NPS relationship, post-purchase CSAT, post-support CES and agent CSAT. */
@Component
public class Templates {

	public static final List<String> NAMES = List.of("nps-relationship", "post-purchase-csat", "post-support-ces");

	private final ObjectMapper mapper;

	Templates(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	public Optional<SurveyDocument> find(String name) {
		if (!NAMES.contains(name)) {
			return Optional.empty();
		}
		try (InputStream in = new ClassPathResource("surveys/templates/" + name + ".json").getInputStream()) {
			return Optional.of(mapper.readValue(in, SurveyDocument.class));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
