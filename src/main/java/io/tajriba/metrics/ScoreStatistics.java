package io.tajriba.metrics;

import java.util.ArrayList;
import java.util.List;

import io.tajriba.metrics.domain.Driver;
import io.tajriba.metrics.domain.DriverAnalysis;
import io.tajriba.metrics.domain.DriverResult;
import io.tajriba.metrics.domain.DriverRow;
import io.tajriba.metrics.domain.KeyDrivers;
import io.tajriba.metrics.domain.Nps;
import io.tajriba.metrics.domain.NpsResult;

/**
 * The metrics module's statistics for other modules' figures: a net promoter score with its 95% interval from
 * counts, and a key driver analysis of an outcome on scale items, without reaching into the module's domain.
 */
public final class ScoreStatistics {

	/** A net promoter score in points (-100 to 100) with its 95% interval and the counts it rests on. */
	public record NpsFigure(double value, double low, double high, long n, long promoters, long passives,
			long detractors) {
	}

	/** One driver: its share of the explained variance (% of R², all adding to 100), mean and 0-100 performance. */
	public record DriverFigure(String key, double importance, double mean, double performance) {
	}

	/**
	 * The drivers in the order given, R² of the outcome on all of them, the n complete rows it rests on and
	 * whether that is a small sample (fewer than 30, or ten per driver).
	 */
	public record DriverFigures(List<DriverFigure> drivers, double rSquared, long n, boolean smallSample) {

		public DriverFigures {
			drivers = List.copyOf(drivers);
		}
	}

	private ScoreStatistics() {
	}

	public static NpsFigure nps(long promoters, long passives, long detractors) {
		NpsResult result = Nps.of(promoters, passives, detractors);
		return new NpsFigure(result.value(), result.ciLow(), result.ciHigh(), result.n(), promoters, passives,
				detractors);
	}

	/**
	 * Key drivers of {@code outcomes} among {@code drivers}, each answered on the scale scaleMin to scaleMax; each row
	 * holds one respondent's value of every driver, {@link Double#NaN} where missing (such rows are left out).
	 */
	public static DriverFigures drivers(List<String> drivers, double scaleMin, double scaleMax, List<double[]> rows,
			List<Double> outcomes) {
		if (rows.size() != outcomes.size()) {
			throw new IllegalArgumentException("one outcome per row needed: " + rows.size() + " rows, "
					+ outcomes.size() + " outcomes");
		}
		List<Driver> candidates = drivers.stream().map(name -> new Driver(name, scaleMin, scaleMax)).toList();
		List<DriverRow> respondents = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			respondents.add(new DriverRow(outcomes.get(i), rows.get(i)));
		}
		DriverAnalysis analysis = KeyDrivers.analyse(candidates, respondents);
		List<DriverFigure> figures = new ArrayList<>();
		for (DriverResult result : analysis.drivers()) {
			figures.add(new DriverFigure(result.name(), result.importance(), result.mean(), result.performance()));
		}
		return new DriverFigures(figures, analysis.rSquared(), analysis.n(), analysis.tooFew());
	}
}
