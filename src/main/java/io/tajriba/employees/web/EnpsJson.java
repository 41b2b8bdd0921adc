package io.tajriba.employees.web;

import java.time.LocalDate;
import java.util.List;

import io.tajriba.employees.internal.EnpsResults;
import io.tajriba.employees.internal.PulseAnswerStore.Wave;
import io.tajriba.metrics.ScoreStatistics.DriverFigure;
import io.tajriba.metrics.ScoreStatistics.DriverFigures;
import io.tajriba.metrics.ScoreStatistics.NpsFigure;
import org.jspecify.annotations.Nullable;

/** The JSON of eNPS figures: a hidden group is its name and {@code hidden} alone, with no value, interval or n. */
final class EnpsJson {

	private EnpsJson() {
	}

	record Overall(@Nullable Double value, @Nullable List<Double> ci95, @Nullable Long n, @Nullable Long promoters,
			@Nullable Long passives, @Nullable Long detractors, @Nullable Boolean hidden) {

		static Overall of(@Nullable NpsFigure nps) {
			if (nps == null) {
				return new Overall(null, null, null, null, null, null, true);
			}
			return new Overall(round(nps.value()), interval(nps), nps.n(), nps.promoters(), nps.passives(), nps.detractors(),
					null);
		}
	}

	record Group(String group, @Nullable String department, @Nullable Double value, @Nullable List<Double> ci95,
			@Nullable Long n, @Nullable Boolean hidden) {

		static Group of(EnpsResults.GroupResult result) {
			NpsFigure nps = result.nps();
			if (nps == null) {
				return new Group(result.group(), null, null, null, null, true);
			}
			return new Group(result.group(), result.department(), round(nps.value()), interval(nps), nps.n(), null);
		}
	}

	record Board(String groupBy, LocalDate from, LocalDate to, int threshold, Overall overall, List<Group> groups) {

		static Board of(EnpsResults.Board board) {
			return new Board(board.query().level().key(), board.query().from(), board.query().to(),
					board.rules().threshold(), Overall.of(board.overall()),
					board.groups().stream().map(Group::of).toList());
		}
	}

	record Point(int wave, @Nullable String program, @Nullable LocalDate opens, @Nullable Double value,
			@Nullable List<Double> ci95, @Nullable Long n, @Nullable Boolean hidden) {

		static Point of(EnpsResults.Point point) {
			NpsFigure nps = point.nps();
			Wave wave = point.wave();
			if (nps == null) {
				return new Point(wave.number(), null, null, null, null, null, true);
			}
			return new Point(wave.number(), wave.programName(), wave.opens(), round(nps.value()), interval(nps), nps.n(),
					null);
		}
	}

	record Trend(String groupBy, @Nullable String group, LocalDate from, LocalDate to, int threshold,
			List<Point> points) {
	}

	record Driver(String key, double importance, double mean, double performance) {

		static Driver of(DriverFigure figure) {
			return new Driver(figure.key(), round(figure.importance()), round2(figure.mean()), round(figure.performance()));
		}
	}

	record Drivers(@Nullable String groupBy, @Nullable String group, @Nullable Double rSquared, @Nullable Long n,
			@Nullable Boolean smallSample, @Nullable List<Driver> drivers, @Nullable Boolean hidden) {

		static Drivers none() {
			return new Drivers(null, null, null, null, null, null, true);
		}

		static Drivers of(String groupBy, @Nullable String group, @Nullable DriverFigures figures) {
			if (figures == null) {
				return new Drivers(groupBy, group, null, 0L, true, List.of(), null);
			}
			return new Drivers(groupBy, group, round2(figures.rSquared()), figures.n(), figures.smallSample(),
					figures.drivers().stream().map(Driver::of).toList(), null);
		}
	}

	/** A comment with the wave it came in, never its day. */
	record Comment(int wave, String program, String text, @Nullable String sentiment, List<String> themes) {

		static Comment of(EnpsResults.Comment comment) {
			return new Comment(comment.wave().number(), comment.wave().programName(), comment.text(),
					comment.sentiment(), comment.themes());
		}
	}

	record Comments(@Nullable String groupBy, @Nullable String group, @Nullable List<Comment> comments,
			@Nullable Boolean hidden) {
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

	static List<Double> interval(NpsFigure nps) {
		return List.of(round(nps.low()), round(nps.high()));
	}
}
