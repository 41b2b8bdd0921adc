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

/**
 * Ready-made surveys in en, fa, ar and he: NPS relationship, post-purchase CSAT, post-support CES and agent CSAT;
 * and the one-question follow-ups that recovery invitations use, which are not offered to start a survey from.
 */
@Component
public class Templates {

	public static final List<String> NAMES = List.of("nps-relationship", "post-purchase-csat", "post-support-ces",
			"employee-pulse");

	/** The metrics that have a recovery follow-up: {@code nps} and {@code csat}. */
	public static final List<String> RECOVERY = List.of("nps", "csat");

	private final ObjectMapper mapper;

	Templates(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	public Optional<SurveyDocument> find(String name) {
		return NAMES.contains(name) ? Optional.of(read(name)) : Optional.empty();
	}

	/** The follow-up survey asking this metric again, with its one question. */
	Optional<SurveyDocument> recovery(String metric) {
		return RECOVERY.contains(metric) ? Optional.of(read("recovery-" + metric)) : Optional.empty();
	}

	private SurveyDocument read(String name) {
		try (InputStream in = new ClassPathResource("surveys/templates/" + name + ".json").getInputStream()) {
			return mapper.readValue(in, SurveyDocument.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
