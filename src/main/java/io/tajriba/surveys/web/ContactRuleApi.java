package io.tajriba.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.surveys.internal.ContactRules;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Surveys")
@RestController
@RequestMapping("/api/v1/surveys/contact-rule")
class ContactRuleApi {

	/** At most one survey invitation per customer in {@code days} days; 0 is no limit. */
	record ContactRule(@Nullable Integer days) {
	}

	private final Workspaces workspaces;
	private final ContactRules rules;

	ContactRuleApi(Workspaces workspaces, ContactRules rules) {
		this.workspaces = workspaces;
		this.rules = rules;
	}

	@Operation(summary = "The contact rule: at most one survey invitation per customer in {days} days (default 7; "
			+ "0: no limit), whatever invites them (triggers, recovery follow-ups)")
	@GetMapping
	ContactRule get() {
		return new ContactRule(rules.days(workspaces.current().workspaceId()));
	}

	@Operation(summary = "Change the contact rule: {days} from 0 (no limit) to 365; owners, admins and analysts")
	@PutMapping
	ContactRule change(@RequestBody ContactRule rule) {
		return new ContactRule(rules.change(workspaces.current(), rule.days()));
	}
}
