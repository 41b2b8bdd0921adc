package io.tajriba.maturity.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import io.tajriba.customers.Customers;
import io.tajriba.employees.EmployeeFigures;
import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.GoalPoint;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.MetricWindows;
import io.tajriba.metrics.ScoreStatistics;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.springframework.stereotype.Component;

/**
 * A goal's figure on a day, over the 90 days up to it (the workspace's zone): NPS, CSAT (% satisfied) and CES of all
 * answers or of the goal's stage, with the intervals the metrics give; churn, the share of the customers the 90 days
 * began with that they lost (Wilson interval, in %); eNPS, of the pulse waves opened in them.
 */
@Component
class GoalFigures {

	static final int DAYS = 90;
	static final int MINIMUM = 30;

	private final MetricWindows metrics;
	private final Customers customers;
	private final EmployeeFigures employees;

	GoalFigures(MetricWindows metrics, Customers customers, EmployeeFigures employees) {
		this.metrics = metrics;
		this.customers = customers;
		this.employees = employees;
	}

	GoalPoint at(Workspace workspace, Goal goal, LocalDate day) {
		ZoneId zone = workspace.timeZone();
		LocalDate from = day.minusDays(DAYS - 1L);
		return switch (goal.metric()) {
			case NPS, CSAT, CES -> {
				MetricValue v;
				try {
					v = metrics.window(workspace.id(), goal.metric().key(), goal.stage() == null ? "all" : "stage",
							goal.stage(), DAYS, day, MINIMUM).current();
				}
				catch (InvalidFieldException stageGone) {
					// the goal's stage has left the journey map since: no figure, the goal stays readable
					yield new GoalPoint(day, null, null, null, 0);
				}
				yield v.n() == 0 ? new GoalPoint(day, null, null, null, 0)
						: new GoalPoint(day, v.value(), v.ci95()[0], v.ci95()[1], v.n());
			}
			case CHURN -> {
				Customers.PeriodChurn churn = customers.churn(workspace.id(), from.atStartOfDay(zone).toInstant(),
						day.plusDays(1).atStartOfDay(zone).toInstant(), null);
				yield share(day, churn.churned(), churn.atStart());
			}
			case ENPS -> {
				ScoreStatistics.NpsFigure e = employees.enps(workspace.id(), zone, from, day.plusDays(1));
				yield e == null ? new GoalPoint(day, null, null, null, 0)
						: new GoalPoint(day, round(e.value()), round(e.low()), round(e.high()), e.n());
			}
		};
	}

	static GoalPoint share(LocalDate day, long part, long whole) {
		if (whole == 0) {
			return new GoalPoint(day, null, null, null, 0);
		}
		ConfidenceInterval ci = new WilsonScoreInterval().createInterval(Math.toIntExact(whole),
				Math.toIntExact(part), 0.95);
		double value = 100.0 * part / whole;
		return new GoalPoint(day, round(value), round(Math.min(value, 100 * ci.getLowerBound())),
				round(Math.max(value, 100 * ci.getUpperBound())), whole);
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
