package io.tajriba.employees.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.employees.internal.EnpsResults;
import io.tajriba.employees.internal.PulseAnswerStore.Wave;
import io.tajriba.metrics.ScoreStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTests {

	static List<EnpsResults.Point> points(int count, int hiddenAt) {
		List<EnpsResults.Point> points = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Wave wave = new Wave(UUID.randomUUID(), UUID.randomUUID(), "Pulse", i + 1, LocalDate.of(2026, 1, 1).plusWeeks(i));
			points.add(new EnpsResults.Point(wave, i == hiddenAt ? null : ScoreStatistics.nps(6, 2, 2)));
		}
		return points;
	}

	@Test
	void aHiddenWaveBreaksTheLineAndSitsOnTheAxis() {
		TrendChart chart = TrendChart.of(points(5, 2), ZoneId.of("UTC"));
		assertThat(chart.lines()).hasSize(2);
		assertThat(chart.marks().get(2).hidden()).isTrue();
		assertThat(chart.marks().get(2).y()).isEqualTo(chart.zeroY());
		// 40 points: above the axis
		assertThat(chart.marks().get(0).y()).isLessThan(chart.zeroY());
		assertThat(chart.marks().get(0).lowY()).isGreaterThan(chart.marks().get(0).highY());
	}

	@Test
	void manyWavesGetAboutSixDatesAndTheLastAlways() {
		TrendChart chart = TrendChart.of(points(26, -1), ZoneId.of("UTC"));
		long labelled = chart.marks().stream().filter(TrendChart.Mark::labelled).count();
		assertThat(labelled).isBetween(4L, 7L);
		assertThat(chart.marks().get(25).labelled()).isTrue();
		assertThat(chart.marks().get(0).labelled()).isTrue();
		assertThat(TrendChart.of(points(1, -1), ZoneId.of("UTC")).marks().get(0).x()).isEqualTo(TrendChart.WIDTH / 2.0);
	}
}
