package io.tajriba.surveys.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.surveys.Survey;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.workspaces.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing, publishing and closing surveys. A draft may change freely; a published survey only closes
 * (answers already given keep the questions they answered); publishing needs every text in every language.
 */
@Service
public class SurveyService {

	private final SurveyStore store;
	private final Templates templates;
	private final Clock clock;

	SurveyService(SurveyStore store, Templates templates, Clock clock) {
		this.store = store;
		this.templates = templates;
		this.clock = clock;
	}

	@Transactional
	public Survey create(Access access, String name, SurveyDocument document) {
		writer(access);
		document.toDefinition();
		UUID id = store.insert(access.workspaceId(), name(name), document, clock.instant());
		return get(access.workspaceId(), id);
	}

	@Transactional
	public Survey fromTemplate(Access access, String template, String name) {
		SurveyDocument document = templates.find(template)
			.orElseThrow(() -> new InvalidFieldException("template", "must be one of " + Templates.NAMES));
		return create(access, name.isBlank() ? template : name, document);
	}

	@Transactional
	public Survey update(Access access, UUID id, String name, SurveyDocument document) {
		writer(access);
		Survey survey = get(access.workspaceId(), id);
		if (!survey.status().equals("draft")) {
			throw new InvalidFieldException("status", "only a draft can be changed; this survey is " + survey.status());
		}
		document.toDefinition();
		store.update(access.workspaceId(), id, name(name), document, clock.instant());
		return get(access.workspaceId(), id);
	}

	@Transactional
	public Survey publish(Access access, UUID id) {
		writer(access);
		Survey survey = get(access.workspaceId(), id);
		survey.definition().toDefinition().checkPublishable();
		store.status(access.workspaceId(), id, "published", clock.instant());
		return get(access.workspaceId(), id);
	}

	@Transactional
	public Survey close(Access access, UUID id) {
		writer(access);
		get(access.workspaceId(), id);
		store.status(access.workspaceId(), id, "closed", clock.instant());
		return get(access.workspaceId(), id);
	}

	public Survey get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Survey"));
	}

	public Optional<Survey> find(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id);
	}

	public List<Survey> list(UUID workspaceId) {
		return store.list(workspaceId);
	}

	private static String name(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidFieldException("name", "must have 1 to 200 characters");
		}
		return name.strip();
	}

	private static void writer(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change surveys");
		}
	}
}
