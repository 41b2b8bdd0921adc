package io.tajriba.journeys.domain;

import org.jspecify.annotations.Nullable;

/**
 * One stage and data type: the records there, the status, whether the data type is expected at that stage at all
 * (purchases are not, while customers are only becoming aware), and what to collect when an expected cell is
 * thin or a gap.
 */
public record CoverageCell(int stage, DataType type, long count, CoverageStatus status, boolean expected,
		@Nullable Recommendation recommendation) {

	public CoverageCell {
		Stats.requireCount(count, "count");
		if ((recommendation != null) != (expected && status != CoverageStatus.COVERED)) {
			throw new IllegalArgumentException("an expected cell short of data, and only that, has a recommendation");
		}
	}
}
