package io.tajriba.maturity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.GoalJudge;
import io.tajriba.maturity.domain.GoalPoint;
import io.tajriba.maturity.domain.ScoreMean;
import io.tajriba.maturity.internal.Goals;
import io.tajriba.maturity.internal.Principles;
import io.tajriba.metrics.MetricValue;
import org.jspecify.annotations.Nullable;

/** The JSON of principles and goals: every figure with its 95% interval and n, nulls written out. */
final class PrincipleJson {

	private PrincipleJson() {
	}

	/** A mean QA score in % (0 to 100) with its interval; null value: no reviews yet. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Score(@Nullable Double value, double[] ci95, long n) {

		static Score of(ScoreMean m) {
			return new Score(m.value() == null ? null : pct(m.value()), new double[] { pct(m.low()), pct(m.high()) },
					m.n());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Criterion(String key, String label, Score score) {
	}

	/** A customer figure of a stage: value, interval, n and whether too few answers stand behind it. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Figure(@Nullable Double value, double @Nullable [] ci95, long n, boolean tooFew) {

		static Figure of(MetricValue v) {
			return v.n() == 0 ? new Figure(null, null, 0, true) : new Figure(v.value(), v.ci95(), v.n(), v.tooFew());
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Stage(String key, String name, Figure csat, Figure nps) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record PrincipleView(UUID id, Map<String, String> statement, String text, List<String> criteria,
			List<String> stages, LocalDate from, LocalDate to, Score qa, List<Criterion> criterionScores,
			@Nullable Score agentQa, List<Stage> stageFigures, String createdBy, Instant createdAt) {

		static PrincipleView of(Principles.Measured m) {
			Principles.Entry e = m.entry();
			return new PrincipleView(e.id(), e.principle().statement(), m.statement(), e.principle().criteria(),
					e.principle().stages(), m.from(), m.to(), Score.of(m.qa()), criterionList(m.criteria()),
					m.agentQa() == null ? null : Score.of(m.agentQa()),
					m.stages().stream().map(s -> new Stage(s.key(), s.name(), Figure.of(s.csat()), Figure.of(s.nps())))
						.toList(),
					e.createdBy(), e.createdAt());
		}
	}

	static List<Criterion> criterionList(List<Principles.CriterionFigure> figures) {
		return figures.stream().map(c -> new Criterion(c.key(), c.label(), Score.of(c.score()))).toList();
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Point(LocalDate day, @Nullable Double value, double @Nullable [] ci95, long n) {

		static Point of(GoalPoint p) {
			return new Point(p.day(), p.value(), p.hasData() ? new double[] { p.low(), p.high() } : null, p.n());
		}
	}

	/** A goal now: its figure with interval, status, the trend per month, the planned and projected values. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record GoalView(UUID id, String name, String metric, @Nullable String stage, double target, LocalDate setOn,
			LocalDate dueOn, String horizon, boolean higherIsBetter, Point now, String status,
			@Nullable Double baseline, @Nullable Double trendPerMonth, double @Nullable [] trendPerMonthCi95,
			@Nullable Double planned, @Nullable Double projected, long daysLeft, List<Point> history,
			String createdBy, Instant createdAt) {

		static GoalView of(Goals.View v) {
			Goal g = v.entry().goal();
			GoalJudge.Judgement j = v.judgement();
			return new GoalView(v.entry().id(), g.name(), g.metric().key(), g.stage(), g.target(), g.setOn(),
					g.dueOn(), g.horizon().key(), g.metric().higherIsBetter(), Point.of(v.now()), j.status().key(),
					v.baseline(), j.slopePerDay() == null ? null : round(j.slopePerDay() * 30),
					j.slopeCi95() == null ? null : new double[] { round(j.slopeCi95()[0] * 30), round(j.slopeCi95()[1] * 30) },
					j.planned() == null ? null : round(j.planned()), j.projected() == null ? null : round(j.projected()),
					j.daysLeft(), v.history().stream().map(Point::of).toList(), v.entry().createdBy(),
					v.entry().createdAt());
		}
	}

	static double pct(double share) {
		return Math.round(share * 1000) / 10.0;
	}

	static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}
}
