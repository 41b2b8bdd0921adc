package io.tajriba.journeys.domain;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer 0 has a review at 10 (with text) and a visit at 20; customer 1 two chats with text at 30, one without. */
class TextFeelingsTests {

	private static final int JOY = 0;
	private static final int ANGER = 1;

	private final JourneyEvents events = new JourneyEvents(8);
	private final BitSet texts = new BitSet();

	TextFeelingsTests() {
		events.add(0, 10, 6, 0, 0, 0, 0);
		texts.set(0);
		events.add(0, 20, 1, 1, 0, 1, 0);
		events.add(1, 30, 5, 2, 1, 2, 0);
		events.add(1, 30, 5, 2, 1, 2, 0);
		texts.set(3);
		events.add(1, 30, 5, 2, 1, 2, 0);
		texts.set(4);
	}

	@Test
	void eachTextTakesTheNextFreeRowWithTextOfItsSecond() {
		var feelings = new TextFeelings(events, texts::get);
		assertThat(feelings.add(1, 30, Sentiment.NEGATIVE, 1 << ANGER)).isEqualTo(3);
		assertThat(feelings.add(1, 30, Sentiment.POSITIVE, 1 << JOY | 1 << ANGER)).isEqualTo(4);
		assertThat(feelings.add(1, 30, Sentiment.NEUTRAL, 0)).isEqualTo(-1);
		assertThat(feelings.add(0, 10, Sentiment.POSITIVE, 1 << JOY)).isZero();
		// no text at 20, no customer 2
		assertThat(feelings.add(0, 20, Sentiment.POSITIVE, 0)).isEqualTo(-1);
		assertThat(feelings.add(2, 10, Sentiment.POSITIVE, 0)).isEqualTo(-1);
		assertThat(feelings.size()).isEqualTo(3);
		assertThat(feelings.sentiment(0)).isEqualTo(Sentiment.POSITIVE);
		assertThat(feelings.emotions(0)).isEqualTo(1 << JOY);
		assertThat(feelings.sentiment(3)).isEqualTo(Sentiment.NEGATIVE);
		assertThat(feelings.emotions(4)).isEqualTo(1 << JOY | 1 << ANGER);
		assertThat(feelings.sentiment(1)).isNull();
		assertThat(feelings.emotions(2)).isZero();
	}

	@Test
	void refusesMasksBeyondSixteenEmotions() {
		var feelings = new TextFeelings(events, texts::get);
		assertThatThrownBy(() -> feelings.add(0, 10, Sentiment.NEUTRAL, 1 << TextFeelings.EMOTIONS))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(NONE).isNegative();
	}
}
