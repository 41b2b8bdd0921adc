package io.tajriba.surveys.internal;

import java.util.List;
import java.util.UUID;

import io.tajriba.platform.NotFoundException;
import io.tajriba.surveys.domain.Trigger;
import io.tajriba.workspaces.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Adding, listing and removing a survey's triggers. */
@Service
public class TriggerService {

	private final TriggerStore store;
	private final SurveyService surveys;

	TriggerService(TriggerStore store, SurveyService surveys) {
		this.store = store;
		this.surveys = surveys;
	}

	public List<Trigger> list(UUID workspaceId, UUID surveyId) {
		surveys.get(workspaceId, surveyId);
		return store.list(workspaceId, surveyId);
	}

	public Trigger add(Access access, Trigger trigger) {
		writer(access);
		EmployeeSurveys.refuse(surveys.get(access.workspaceId(), trigger.surveyId()));
		UUID id = store.insert(access.workspaceId(), trigger);
		return store.list(access.workspaceId(), trigger.surveyId()).stream().filter(t -> t.id().equals(id))
			.findFirst().orElseThrow();
	}

	public void remove(Access access, UUID surveyId, UUID id) {
		writer(access);
		surveys.get(access.workspaceId(), surveyId);
		if (!store.delete(access.workspaceId(), surveyId, id)) {
			throw new NotFoundException("Trigger");
		}
	}

	private static void writer(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change triggers");
		}
	}
}
