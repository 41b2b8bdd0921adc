package io.tajriba.journeys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.journeys.domain.LocalizedText;
import io.tajriba.journeys.domain.Mean;
import io.tajriba.journeys.domain.Median;
import io.tajriba.journeys.domain.Rate;
import io.tajriba.journeys.domain.Recommendation;
import io.tajriba.journeys.domain.RelativeRisk;
import io.tajriba.journeys.domain.TargetGap;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a journey map over a period, as the API returns them and the page draws them: the funnel of the
 * chosen customers and channels, each stage's actuals against its targets, the funnels of the main personas
 * online and offline side by side, the pain points ranked, and the coverage of the stages by data; and when the
 * interactions were read ({@code interactionsAsOf}: a big workspace's are read again in the background, so the
 * figures can be that old).
 */
public record JourneyAnalysis(UUID journeyId, LocalizedText name, LocalDate from, LocalDate to,
		@Nullable UUID persona, String channelKind, String outcome, long customers, List<StageReport> stages,
		List<SegmentReport> segments, PainPointReport painPoints, CoverageReport coverage,
		Instant interactionsAsOf) {

	/**
	 * One stage: the funnel (customers reaching it, conversion to the next, drop-off, median time to the next),
	 * the interactions and how many went badly, satisfaction and effort from the surveys at its touchpoints, the
	 * polarity of texts and emotions picked (their n counts both; {@code analysedTexts} of the texts were read by
	 * text analytics, the others by their interaction's outcome), the emotions by share of that n, its touchpoints
	 * and customer actions by frequency, and the target gaps.
	 */
	public record StageReport(int index, String key, LocalizedText name, LocalizedText intendedExperience,
			long reached, Rate reach, @Nullable Rate conversion, @Nullable Rate dropOff, Median timeToNext,
			long interactions, Rate badExperience, Rate csat, Mean ces, Rate positiveSentiment,
			Rate negativeSentiment, long analysedTexts, List<Share> emotions, List<Count> touchpoints, List<Count> actions,
			List<TargetGap> targets) {
	}

	public record Share(String name, Rate share) {
	}

	public record Count(String name, long count) {
	}

	/** The funnel of one persona (null: everyone) on online or offline channels: customers reaching each stage. */
	public record SegmentReport(@Nullable UUID personaId, @Nullable String persona, String channelKind,
			long customers, List<Long> reached, List<Double> reachPercent) {
	}

	/**
	 * Pain points ranked by how much worse a bad experience there is at the least (the interval's low end), and
	 * what was counted as a bad experience besides the sources' flags.
	 */
	public record PainPointReport(String outcome, long customersWithBadExperience, Rate noBadExperience,
			BadExperiences badExperiences, List<PainPointRow> touchpoints, List<PainPointRow> stages) {
	}

	/**
	 * Whether dissatisfied answers and negative texts counted (the workspace's rules), and how many of each were
	 * tied to an interaction of the window's customers (several answers may be about one visit).
	 */
	public record BadExperiences(boolean dissatisfiedAnswers, boolean negativeTexts, long answersTied,
			long negativeTextsTied) {
	}

	/**
	 * A touchpoint (or stage) and the stage it belongs to; {@code exposed} customers had a bad experience there,
	 * {@code comparison} customers only elsewhere; the rates are of the outcome after it.
	 */
	public record PainPointRow(int rank, String kind, String name, @Nullable String stage, long exposed,
			Rate exposedRate, long comparison, Rate comparisonRate, RelativeRisk relativeRisk, double excessCustomers,
			double lostRevenue, double excessRevenue) {
	}

	public record CoverageReport(List<String> stages, List<String> dataTypes, List<CoverageRow> cells,
			long coveredAt) {
	}

	public record CoverageRow(String stage, String dataType, long count, String status, boolean expected,
			@Nullable Recommendation recommendation) {
	}

	/** A customer's path: each stay in a stage with the touchpoints met and whether anything went wrong. */
	public record CustomerJourney(UUID customerId, String externalId, List<Visit> visits) {
	}

	public record Visit(String stage, LocalizedText name, Instant first, Instant last, int interactions,
			List<String> touchpoints, boolean bad) {
	}
}
