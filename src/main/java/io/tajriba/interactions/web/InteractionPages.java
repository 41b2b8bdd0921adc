package io.tajriba.interactions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.Customers;
import io.tajriba.interactions.InteractionFilter;
import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.domain.Cursor;
import io.tajriba.interactions.domain.DateRange;
import io.tajriba.interactions.domain.InteractionRow;
import io.tajriba.interactions.internal.ChannelCatalog;
import io.tajriba.interactions.internal.ExplorerQueries;
import io.tajriba.interactions.internal.ExplorerQueries.Count;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The interactions explorer: filters in the URL, newest first, older pages by keyset. */
@Controller
class InteractionPages {

	static final int PAGE = 50;

	private final Workspaces workspaces;
	private final Customers customers;
	private final ExplorerQueries queries;
	private final ChannelCatalog catalog;
	private final Clock clock;

	InteractionPages(Workspaces workspaces, Customers customers, ExplorerQueries queries, ChannelCatalog catalog,
			Clock clock) {
		this.workspaces = workspaces;
		this.customers = customers;
		this.queries = queries;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/interactions")
	String explorer(ExplorerForm form, @RequestParam(required = false) @Nullable String before, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		ZoneId zone = workspace.timeZone();
		DateRange range = range(form, zone, model);
		UUID customerId = null;
		boolean unknownCustomer = false;
		if (form.customer() != null) {
			customerId = customers.profile(workspace.id(), form.customer()).map(CustomerProfile::id).orElse(null);
			unknownCustomer = customerId == null;
		}
		InteractionFilter filter = new InteractionFilter(customerId, form.type(), form.channel(), form.touchpoint(),
				range.start(zone), range.end(zone), PAGE + 1);
		Cursor cursor = Cursor.decode(before).orElse(null);
		List<InteractionView> found = unknownCustomer ? List.of() : queries.page(workspace.id(), filter, cursor);
		List<InteractionView> page = found.subList(0, Math.min(PAGE, found.size()));
		List<Count> counts = unknownCustomer ? List.of() : queries.counts(workspace.id(), filter);

		model.addAttribute("form", form);
		model.addAttribute("range", range);
		model.addAttribute("rangeStart", range.start(zone));
		model.addAttribute("rangeLast", range.end(zone).minusSeconds(1));
		model.addAttribute("unknownCustomer", unknownCustomer);
		model.addAttribute("interactions", page);
		model.addAttribute("customerNames", customers.externalIds(workspace.id(),
				page.stream().map(InteractionView::customerId).filter(Objects::nonNull).collect(Collectors.toSet())));
		model.addAttribute("typeCounts", counts.stream().filter(c -> c.type() != null).toList());
		model.addAttribute("channelCounts", counts.stream().filter(c -> c.channel() != null).toList());
		model.addAttribute("total", counts.stream().filter(c -> c.type() != null).mapToLong(Count::count).sum());
		model.addAttribute("types", types(counts, form.type()));
		model.addAttribute("channels", catalog.channelKeys(workspace.id()));
		model.addAttribute("touchpoints", catalog.touchpointNames(workspace.id()));
		model.addAttribute("olderUrl", found.size() > PAGE ? form.url(range.from(), range.to(),
				new Cursor(page.getLast().occurredAt(), page.getLast().id()).encode()) : null);
		model.addAttribute("newestUrl", cursor == null ? null : form.url(range.from(), range.to(), null));
		return "interactions/explorer";
	}

	private DateRange range(ExplorerForm form, ZoneId zone, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		try {
			return DateRange.of(ExplorerForm.date("from", form.from()), ExplorerForm.date("to", form.to()), today);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return DateRange.of(null, null, today);
		}
	}

	/** The known types, the ones used in the range and the one chosen, in alphabetical order. */
	private static List<String> types(List<Count> counts, @Nullable String chosen) {
		TreeSet<String> types = new TreeSet<>(InteractionRow.KNOWN_TYPES);
		counts.stream().map(Count::type).filter(Objects::nonNull).forEach(types::add);
		if (chosen != null) {
			types.add(chosen);
		}
		return List.copyOf(types);
	}
}
