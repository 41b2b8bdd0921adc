package io.tajriba.actions.web;

import java.util.List;
import java.util.UUID;

import io.tajriba.actions.CaseView;
import io.tajriba.actions.internal.CaseInbox;
import io.tajriba.customers.Customers;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A customer's cases for their 360 page, loaded into it by its URL: only those the viewer may see. */
@Controller
class CustomerCasePages {

	static final int SHOWN = 20;

	private final Workspaces workspaces;
	private final Customers customers;
	private final CaseInbox inbox;

	CustomerCasePages(Workspaces workspaces, Customers customers, CaseInbox inbox) {
		this.workspaces = workspaces;
		this.customers = customers;
		this.inbox = inbox;
	}

	@GetMapping("/cases/customer/{customerId}")
	String cases(@PathVariable UUID customerId, Model model) {
		Access access = workspaces.current();
		if (!customers.exists(access.workspaceId(), customerId)) {
			throw new NotFoundException("Customer");
		}
		List<CaseView> found = inbox.ofCustomer(access, customerId, SHOWN);
		model.addAttribute("cases", found.subList(0, Math.min(SHOWN, found.size())).stream()
			.map(c -> new CaseInboxPages.Row(c, SlaBadge.of(c))).toList());
		model.addAttribute("more", found.size() > SHOWN);
		model.addAttribute("customerId", customerId);
		return "actions/customer-cases :: cases";
	}
}
