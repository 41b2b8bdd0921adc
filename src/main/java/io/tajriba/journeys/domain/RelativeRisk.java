package io.tajriba.journeys.domain;

/**
 * The risk of an outcome among the exposed over the risk among the others, with the 95% interval of Katz's log
 * method: ln RR ± z·√(1/a − 1/(a+b) + 1/c − 1/(c+d)), where a of a + b exposed and c of c + d others had the
 * outcome. When a or c is zero the logarithm has no variance to speak of, so half a customer is added to every
 * cell (Haldane's correction) rather than reporting an infinite or zero ratio.
 */
public record RelativeRisk(double value, double ciLow, double ciHigh) {

	public RelativeRisk {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("a relative risk is a finite non-negative number, was " + value);
		}
		Stats.requireInterval(ciLow, value, ciHigh);
	}

	public static RelativeRisk katz(long a, long b, long c, long d) {
		for (long cell : new long[] {a, b, c, d}) {
			Stats.requireCount(cell, "cell");
		}
		if (a + b == 0 || c + d == 0) {
			throw new IllegalArgumentException("both groups need members");
		}
		double correction = a == 0 || c == 0 ? 0.5 : 0;
		double ea = a + correction;
		double eb = b + correction;
		double ec = c + correction;
		double ed = d + correction;
		double ratio = (ea / (ea + eb)) / (ec / (ec + ed));
		double se = Math.sqrt(1 / ea - 1 / (ea + eb) + 1 / ec - 1 / (ec + ed));
		double log = Math.log(ratio);
		return new RelativeRisk(ratio, Math.exp(log - Stats.Z * se), Math.exp(log + Stats.Z * se));
	}

	/** Whether the whole interval lies above 1: the outcome is more frequent among the exposed, beyond chance. */
	public boolean raised() {
		return ciLow > 1;
	}
}
