package io.tajriba.personas.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.DeadLetterHandler;
import io.tajriba.platform.DeadLetters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Customers move between personas as they behave and answer (a promoter who now gives 4 leaves "Promoters"): every
 * hour, once in a cluster, each workspace's customers are assigned again, a workspace whose assignment fails kept
 * as a dead letter without holding up the others.
 */
@Component
public class PersonaJobs {

	static final String KIND = "persona-assignment";
	static final String ALL = "all";

	private final PersonaStore store;
	private final PersonaService personas;
	private final DeadLetters deadLetters;

	PersonaJobs(PersonaStore store, PersonaService personas, DeadLetters deadLetters) {
		this.store = store;
		this.personas = personas;
		this.deadLetters = deadLetters;
	}

	/** Assigns the customers of every workspace with personas again; answers how many workspaces were done. */
	public int run() {
		var workspaces = store.workspacesWithPersonas();
		return workspaces.size() - deadLetters.eachWorkspace(workspaces, KIND, ALL, personas::assign);
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> personaAssignmentTask(ObjectProvider<PersonaJobs> jobs) {
			return Tasks.recurring(KIND, FixedDelay.ofHours(1)).execute((instance, context) -> jobs.getObject().run());
		}

		@Bean
		DeadLetterHandler personaAssignmentLetters(ObjectProvider<PersonaService> personas) {
			return DeadLetterHandler.of(KIND, (workspaceId, key) -> personas.getObject().assign(workspaceId));
		}
	}
}
