package io.tajriba.actions.domain;

import java.time.LocalTime;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShiftTests {

	@Test
	void readsAndWritesTheTextForm() {
		Shift shift = Shift.parse("hours", "09:00-17:00");
		assertThat(shift).isEqualTo(new Shift(LocalTime.of(9, 0), LocalTime.of(17, 0)));
		assertThat(shift).hasToString("09:00-17:00");
		assertThat(Shift.parse("hours", " 8:30 – 12:15 ")).hasToString("08:30-12:15");
	}

	@Test
	void twentyFourHundredIsTheEndOfTheDayKeptAsMidnight() {
		assertThat(Shift.parse("hours", "22:00-24:00").to()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(Shift.parse("hours", "22:00-24:00")).hasToString("22:00-24:00");
		assertThat(Shift.parse("hours", "00:00-24:00")).isEqualTo(new Shift(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
		// An end written 00:00 can only mean the end of the day too
		assertThat(Shift.parse("hours", "22:00-00:00")).hasToString("22:00-24:00");
	}

	@Test
	void persianAndArabicDigitsAreRead() {
		assertThat(Shift.parse("hours", "۰۸:۰۰-۱۶:۰۰")).hasToString("08:00-16:00");
		assertThat(Shift.parse("hours", "٠٩:٠٠-١٧:٠٠")).hasToString("09:00-17:00");
	}

	@Test
	void badTextIsRefusedUnderTheFieldGiven() {
		for (String text : new String[] { "9-17", "", "09:00", "09:00-17:00-18:00", "25:00-26:00", "09:60-10:00",
				"24:00-24:00", "17:00-09:00", "09:00-09:00", "nine to five" }) {
			assertThatThrownBy(() -> Shift.parse("week.monday", text)).as(text)
				.isInstanceOfSatisfying(InvalidFieldException.class,
						e -> assertThat(e.field()).isEqualTo("week.monday"));
		}
	}

	@Test
	void theRecordRefusesAnEndBeforeTheStartAndPartsOfMinutes() {
		assertThatThrownBy(() -> new Shift(LocalTime.of(17, 0), LocalTime.of(9, 0)))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("shift"));
		assertThatThrownBy(() -> new Shift(LocalTime.of(9, 0, 30), LocalTime.of(17, 0)))
			.isInstanceOf(InvalidFieldException.class);
	}
}
