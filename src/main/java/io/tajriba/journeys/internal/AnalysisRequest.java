package io.tajriba.journeys.internal;

import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.journeys.domain.ChannelKind;
import io.tajriba.journeys.domain.Outcome;
import org.jspecify.annotations.Nullable;

/** What to analyse: the days from and to (both included, in the workspace's zone), persona, channels, outcome. */
public record AnalysisRequest(LocalDate from, LocalDate to, @Nullable UUID persona, ChannelKind channelKind,
		Outcome outcome) {
}
