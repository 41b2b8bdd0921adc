package io.tajriba.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.customers.domain.ChurnRule;
import io.tajriba.customers.internal.ChurnRules;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customers")
@RestController
@RequestMapping("/api/v1/churn-rule")
class ChurnRuleApi {

	/** The rule and, after a change, how many customers count as churned by it now. */
	record ChurnRuleView(int inactivityDays, Integer newlyChurned) {
	}

	record ChurnRuleChange(Integer inactivityDays) {
	}

	private final Workspaces workspaces;
	private final ChurnRules rules;

	ChurnRuleApi(Workspaces workspaces, ChurnRules rules) {
		this.workspaces = workspaces;
		this.rules = rules;
	}

	@Operation(summary = "The workspace's inactivity rule: customers not seen for inactivityDays (180 unless set) "
			+ "count as churned; a later interaction brings them back")
	@GetMapping
	ChurnRuleView get() {
		return new ChurnRuleView(rules.rule(workspaces.current().workspaceId()).inactivityDays(), null);
	}

	@Operation(summary = "Change the inactivity rule (1 to 3650 days); it is applied at once")
	@PutMapping
	ChurnRuleView put(@RequestBody ChurnRuleChange change) {
		Access access = workspaces.requireAdmin();
		if (change.inactivityDays() == null) {
			throw new InvalidFieldException("inactivityDays", "is required");
		}
		ChurnRule rule = new ChurnRule(change.inactivityDays());
		return new ChurnRuleView(rule.inactivityDays(), rules.save(access.workspaceId(), rule));
	}
}
