package io.tajriba.surveys.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tajriba.surveys.Survey;
import io.tajriba.surveys.domain.SurveyDefinition;
import org.springframework.stereotype.Component;

/**
 * Surveys as respondents meet them, read and checked once per version: a survey's every change moves its
 * {@code updated_at}, which the invitation's lookup reads in the same statement, so an entry is used only while it is
 * the survey's current version, on every node. Bounded: past {@link #LIMIT} surveys the cache starts again.
 */
@Component
class ParsedSurveys {

	/** A survey and its definition, checked. */
	record Parsed(Survey survey, SurveyDefinition definition) {
	}

	static final int LIMIT = 5_000;

	private record Key(UUID workspaceId, UUID surveyId) {
	}

	private final Map<Key, Parsed> cache = new ConcurrentHashMap<>();

	private final SurveyService surveys;

	ParsedSurveys(SurveyService surveys) {
		this.surveys = surveys;
	}

	/** The survey as of this version (or newer, should it have changed since the version was read). */
	Parsed get(UUID workspaceId, UUID surveyId, Instant version) {
		Key key = new Key(workspaceId, surveyId);
		Parsed cached = cache.get(key);
		if (cached != null && cached.survey().updatedAt().equals(version)) {
			return cached;
		}
		Survey survey = surveys.get(workspaceId, surveyId);
		Parsed parsed = new Parsed(survey, survey.definition().toDefinition());
		if (cache.size() >= LIMIT) {
			cache.clear();
		}
		cache.put(key, parsed);
		return parsed;
	}
}
