package io.tajriba.employees;

import io.tajriba.platform.InvalidFieldException;

/**
 * A workspace's rules for employee figures: groups with fewer answers than {@code threshold} (3 to 10) are hidden;
 * an eNPS answer of {@code promoterMin} or more is a promoter's, of {@code detractorMax} or less a detractor's.
 */
public record EmployeeRules(int threshold, int promoterMin, int detractorMax) {

	public static final EmployeeRules DEFAULT = new EmployeeRules(5, 9, 6);

	public EmployeeRules {
		if (threshold < 3 || threshold > 10) {
			throw new InvalidFieldException("anonymityThreshold", "must be 3 to 10");
		}
		if (promoterMin < 1 || promoterMin > 10) {
			throw new InvalidFieldException("promoterMin", "must be 1 to 10");
		}
		if (detractorMax < 0 || detractorMax >= promoterMin) {
			throw new InvalidFieldException("detractorMax", "must be 0 or more and below promoterMin");
		}
	}
}
