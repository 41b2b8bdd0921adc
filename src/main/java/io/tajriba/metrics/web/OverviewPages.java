package io.tajriba.metrics.web;

import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview: headline NPS, CSAT and CES with their intervals and change against the period before, the NPS trend,
 * the channel × touchpoint heat map, the drivers of NPS, return on experience, behaviour and emotions. The filters
 * are in the URL, so a view can be shared; every figure leads to the responses behind it. {@link OverviewModel}
 * builds what it shows.
 */
@Controller
class OverviewPages {

	private final Workspaces workspaces;
	private final OverviewModel overview;

	OverviewPages(Workspaces workspaces, OverviewModel overview) {
		this.workspaces = workspaces;
		this.overview = overview;
	}

	@GetMapping("/")
	String overview(MetricForm form, @RequestParam(required = false) @Nullable String heat,
			@RequestParam(required = false) @Nullable String roi, Model model) {
		model.addAllAttributes(overview.page(workspaces.currentWorkspace(), form, heat, roi,
				LocaleContextHolder.getLocale()));
		return "metrics/overview";
	}
}
