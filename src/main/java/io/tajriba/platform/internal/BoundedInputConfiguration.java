package io.tajriba.platform.internal;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;

import io.tajriba.platform.Dates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every request parameter and JSON body is held to before a controller sees it: dates within the years 1 to
 * 9999 (PostgreSQL refuses years before 4713 BC, and {@code LocalDate.MAX.plusDays(1)} throws), finite numbers, and
 * texts without the NUL character (PostgreSQL cannot store it). A value outside is a 4xx naming its field.
 */
@Configuration(proxyBeanMethods = false)
class BoundedInputConfiguration implements WebMvcConfigurer {

	static final String NUL = "must not contain the NUL character";

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Instant.class, new BoundedInstants());
		registry.addFormatterForFieldType(LocalDate.class, new BoundedDates());
	}

	@Bean
	JacksonModule boundedValues() {
		SimpleModule module = new SimpleModule("tajriba-bounded-values");
		module.addDeserializer(String.class, new Checked<>(String.class, StringDeserializer.instance));
		module.addDeserializer(Instant.class, new Checked<>(Instant.class, InstantDeserializer.INSTANT));
		module.addDeserializer(OffsetDateTime.class,
				new Checked<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
		module.addDeserializer(ZonedDateTime.class, new Checked<>(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME));
		module.addDeserializer(LocalDate.class, new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
		module.addDeserializer(Double.class, new Checked<>(Double.class, tools.jackson.databind.deser.jdk.NumberDeserializers
			.find(Double.class)));
		module.addDeserializer(double.class, new Checked<>(Double.class, tools.jackson.databind.deser.jdk.NumberDeserializers
			.find(double.class)));
		return module;
	}

	/** Why a value is refused, or null when it is fine. */
	static String fault(Object value) {
		return switch (value) {
			case String s when s.indexOf('\0') >= 0 -> NUL;
			case Instant i when !Dates.inRange(i) -> Dates.RANGE;
			case OffsetDateTime t when !Dates.inRange(t.toInstant()) -> Dates.RANGE;
			case ZonedDateTime t when !Dates.inRange(t.toInstant()) -> Dates.RANGE;
			case LocalDate d when !Dates.inRange(d) -> Dates.RANGE;
			case Double d when !Double.isFinite(d) -> "is out of range";
			default -> null;
		};
	}

	/** The standard reading of a value, then the check above; a refused value fails with its JSON path. */
	private static final class Checked<T> extends StdScalarDeserializer<T> {

		private final ValueDeserializer<?> standard;

		Checked(Class<T> type, ValueDeserializer<?> standard) {
			super(type);
			this.standard = standard;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T deserialize(JsonParser parser, DeserializationContext context) {
			T value = (T) standard.deserialize(parser, context);
			String fault = value == null ? null : fault(value);
			if (fault != null) {
				return (T) context.reportInputMismatch(this, fault);
			}
			return value;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T getNullValue(DeserializationContext context) {
			return (T) standard.getNullValue(context);
		}
	}

	private static final class BoundedInstants implements Formatter<Instant> {

		private final InstantFormatter standard = new InstantFormatter();

		@Override
		public Instant parse(String text, Locale locale) throws ParseException {
			Instant instant = standard.parse(text, locale);
			if (!Dates.inRange(instant)) {
				throw new IllegalArgumentException(Dates.RANGE);
			}
			return instant;
		}

		@Override
		public String print(Instant instant, Locale locale) {
			return standard.print(instant, locale);
		}
	}

	private static final class BoundedDates implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) {
			LocalDate date = LocalDate.parse(text.strip());
			if (!Dates.inRange(date)) {
				throw new IllegalArgumentException(Dates.RANGE);
			}
			return date;
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return date.toString();
		}
	}
}
