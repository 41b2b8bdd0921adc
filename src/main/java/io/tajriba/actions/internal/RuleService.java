package io.tajriba.actions.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.tajriba.actions.domain.Assignment;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert rules: everybody reads them; owners, admins and analysts make, change, pause and delete them. */
@Service
public class RuleService {

	private final RuleStore store;
	private final TeamStore teams;
	private final AccessAdministration administration;
	private final RuleEngine engine;
	private final Clock clock;

	RuleService(RuleStore store, TeamStore teams, AccessAdministration administration, RuleEngine engine,
			Clock clock) {
		this.store = store;
		this.teams = teams;
		this.administration = administration;
		this.engine = engine;
		this.clock = clock;
	}

	/** 403 unless the access may manage rules (owners, admins, analysts): checked before a rule is even read. */
	public Access requireManager(Access access) {
		CaseAccess.requireRules(access);
		return access;
	}

	/** Whether the access may manage rules, for pages that offer it only to those who may. */
	public boolean manages(Access access) {
		return CaseAccess.managesRules(access);
	}

	public List<Rule> list(Access access) {
		return store.list(access.workspaceId());
	}

	public Rule get(Access access, UUID id) {
		return store.find(access.workspaceId(), id).orElseThrow(() -> new NotFoundException("Alert rule"));
	}

	@Transactional
	public Rule create(Access access, Rule rule) {
		CaseAccess.requireRules(access);
		check(access.workspaceId(), rule.assignment());
		UUID id = store.insert(access.workspaceId(), rule, clock.instant());
		engine.forget(access.workspaceId());
		return get(access, id);
	}

	@Transactional
	public Rule update(Access access, UUID id, Rule rule) {
		CaseAccess.requireRules(access);
		get(access, id);
		check(access.workspaceId(), rule.assignment());
		store.update(access.workspaceId(), id, rule, clock.instant());
		engine.forget(access.workspaceId());
		return get(access, id);
	}

	@Transactional
	public void delete(Access access, UUID id) {
		CaseAccess.requireRules(access);
		if (!store.delete(access.workspaceId(), id)) {
			throw new NotFoundException("Alert rule");
		}
		engine.forget(access.workspaceId());
	}

	/** The user and team a rule names must be of this workspace. */
	void check(UUID workspaceId, Assignment assignment) {
		if (assignment.user() != null && administration.membersOf(workspaceId).stream()
			.noneMatch(m -> m.userId().equals(assignment.user()))) {
			throw new InvalidFieldException("assignment.user", "is not a member of this workspace");
		}
		if (assignment.team() != null && teams.find(workspaceId, assignment.team()).isEmpty()) {
			throw new InvalidFieldException("assignment.team", "is not a team of this workspace");
		}
	}
}
