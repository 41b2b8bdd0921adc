package io.tajriba.actions;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How many cases a rule would have opened over the last {@code days} days had it existed, per week (ISO week
 * starting on its Monday, in the workspace's zone) and per owner, without opening any: {@code signals} matched,
 * {@code cases} after joining those of the same customer. {@code truncated} when more signals than the back-test
 * reads (100,000) fell in the period.
 */
public record Backtest(int days, long signals, long cases, List<Week> perWeek, List<Owner> perOwner,
		boolean truncated, List<String> assumptions) {

	public record Week(String week, long cases) {
	}

	public record Owner(@Nullable UUID owner, @Nullable String name, long cases) {
	}
}
