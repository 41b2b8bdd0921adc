package io.tajriba.employees.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.employees.domain.PulseAnswerCheck;
import io.tajriba.employees.domain.PulseRotation;
import io.tajriba.employees.internal.PulseRoster.Invitee;
import io.tajriba.employees.internal.PulseStore.Program;
import io.tajriba.platform.NotFoundException;
import io.tajriba.surveys.SurveyDocument;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Languages;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a programme's next wave: eNPS and the next items in rotation, an invitation with a secret token (only its
 * hash kept) for a random sample of the active employees with an e-mail, due to be mailed at once; the
 * programme's next wave is due one cadence after the day this one opened (in the workspace's zone), whether it
 * opened on time or early by hand.
 */
@Service
public class PulseWaves {

	/** A wave just opened, with the tokens of its invitations by employee (not kept anywhere). */
	public record Opened(UUID id, int number, List<String> items, Map<String, String> tokensByEmployee) {
	}

	private static final SecureRandom random = new SecureRandom();

	private final PulseStore store;
	private final PulseRoster roster;
	private final Surveys surveys;
	private final Workspaces workspaces;

	PulseWaves(PulseStore store, PulseRoster roster, Surveys surveys, Workspaces workspaces) {
		this.store = store;
		this.roster = roster;
		this.surveys = surveys;
		this.workspaces = workspaces;
	}

	@Transactional
	public Opened open(UUID workspaceId, UUID programId, Instant at) {
		Program program = store.lock(workspaceId, programId).orElseThrow(() -> new NotFoundException("Pulse programme"));
		Workspace workspace = workspaces.workspace(workspaceId);
		int number = store.lastNumber(workspaceId, programId) + 1;
		List<String> items = new ArrayList<>();
		items.add(PulseAnswerCheck.ENPS);
		items.addAll(PulseRotation.items(pool(workspaceId, program.surveyId()), program.plan().itemsPerWave(), number));
		Instant closes = at.plus(Duration.ofDays(program.plan().openDays()));
		UUID wave = store.insertWave(workspaceId, programId, number, items, at, closes);
		Map<String, String> tokens = new LinkedHashMap<>();
		List<Invitee> invited = PulseRotation.sample(roster.invitees(workspaceId), program.plan().samplePercent(),
				random);
		String fallback = language(workspace);
		for (Invitee invitee : invited) {
			PulseToken token = PulseToken.generate(random);
			String language = invitee.language() == null ? fallback : invitee.language();
			store.invite(workspaceId, wave, invitee.id(), token.hash(), language, at);
			tokens.put(invitee.id(), token.value());
		}
		store.invited(workspaceId, wave, invited.size());
		LocalDate today = LocalDate.ofInstant(at, zone(workspace));
		store.update(workspaceId, programId, program.plan(), program.status(), program.plan().next(today), at);
		return new Opened(wave, number, List.copyOf(items), tokens);
	}

	/** The programme's items in their order of rotation: its survey's rating questions. */
	List<String> pool(UUID workspaceId, UUID surveyId) {
		SurveyDocument definition = surveys.definition(workspaceId, surveyId).orElse(null);
		if (definition == null || definition.questions() == null) {
			return List.of();
		}
		return definition.questions().stream()
			.filter(q -> q.key() != null && "rating".equals(q.type()))
			.map(SurveyDocument.QuestionDocument::key)
			.toList();
	}

	static String language(Workspace workspace) {
		String language = Locale.forLanguageTag(workspace.defaultLocale()).getLanguage();
		return Languages.SUPPORTED.contains(language) ? language : "en";
	}

	static ZoneId zone(Workspace workspace) {
		return workspace.timeZone();
	}
}
