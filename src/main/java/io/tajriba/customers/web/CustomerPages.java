package io.tajriba.customers.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.customers.CustomerProfile;
import io.tajriba.customers.CustomerSegments;
import io.tajriba.customers.CustomerTimeline;
import io.tajriba.customers.CustomerTimeline.Entry;
import io.tajriba.customers.Customers;
import io.tajriba.customers.TimelineTexts;
import io.tajriba.customers.TimelineTexts.Reading;
import io.tajriba.customers.domain.AttributeTable;
import io.tajriba.customers.domain.TimelineDays;
import io.tajriba.customers.internal.CustomerDirectory;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list with its search, and the Customer 360 page. */
@Controller
class CustomerPages {

	static final int PAGE = 50;
	static final int MAX = 1000;
	static final int TIMELINE = 200;

	private final Workspaces workspaces;
	private final Customers customers;
	private final CustomerDirectory directory;
	private final List<CustomerTimeline> timelines;
	private final List<CustomerSegments> segments;
	private final List<TimelineTexts> texts;

	CustomerPages(Workspaces workspaces, Customers customers, CustomerDirectory directory,
			List<CustomerTimeline> timelines, List<CustomerSegments> segments, List<TimelineTexts> texts) {
		this.texts = texts;
		this.workspaces = workspaces;
		this.customers = customers;
		this.directory = directory;
		this.timelines = timelines;
		this.segments = segments;
	}

	@GetMapping("/customers")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "50") int limit,
			Model model) {
		int shown = Math.max(1, Math.min(limit, MAX));
		List<CustomerProfile> found = directory.search(workspaces.current().workspaceId(), q, shown + 1);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("customers", found.subList(0, Math.min(shown, found.size())));
		model.addAttribute("moreLimit", found.size() > shown && shown < MAX ? Math.min(shown + PAGE, MAX) : null);
		return "customers/list";
	}

	@GetMapping("/customers/{id}")
	String profile(@PathVariable String id, Model model) {
		UUID workspace = workspaces.current().workspaceId();
		CustomerProfile profile = parse(id).flatMap(uuid -> customers.profile(workspace, uuid.toString()))
			.filter(p -> p.id().toString().equals(id))
			.orElseThrow(() -> new NotFoundException("Customer"));
		List<Entry> entries = new ArrayList<>();
		timelines.forEach(t -> entries.addAll(t.entries(workspace, profile.id(), TIMELINE)));
		entries.sort(Comparator.comparing(Entry::at).reversed());
		List<Entry> newest = entries.subList(0, Math.min(TIMELINE, entries.size()));
		model.addAttribute("customer", profile);
		model.addAttribute("attributes", AttributeTable.of(profile.attributes()));
		model.addAttribute("days", TimelineDays.group(newest, Entry::at, workspaces.currentWorkspace().timeZone()));
		model.addAttribute("timelineFull", entries.size() >= TIMELINE);
		model.addAttribute("readings", readings(workspace, newest));
		segments.stream().flatMap(s -> s.segmentOf(workspace, profile.id()).stream()).findFirst()
			.ifPresent(segment -> model.addAttribute("persona", segment));
		return "customers/profile";
	}

	/** What the text analytics read in the entries' texts, by source and id ("interactions:e-1"). */
	private Map<String, Reading> readings(UUID workspace, List<Entry> entries) {
		Map<String, List<String>> bySource = entries.stream().filter(e -> e.text() != null)
			.collect(Collectors.groupingBy(Entry::source, Collectors.mapping(Entry::id, Collectors.toList())));
		Map<String, Reading> readings = new HashMap<>();
		bySource.forEach((source, ids) -> texts.forEach(t -> t.readings(workspace, source, ids)
			.forEach((id, reading) -> readings.put(source + ":" + id, reading))));
		return readings;
	}

	private static java.util.Optional<UUID> parse(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}
}
