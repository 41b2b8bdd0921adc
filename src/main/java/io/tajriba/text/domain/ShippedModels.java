package io.tajriba.text.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The models that ship with Tajriba, as class path resources {@code text/models/<language>.tjm.gz}. */
public final class ShippedModels {

	public static final String DIRECTORY = "text/models/";

	private ShippedModels() {
	}

	public static String resource(TextLanguage language) {
		return DIRECTORY + language.code() + ".tjm.gz";
	}

	/** Every language whose model is on the class path. */
	public static Map<TextLanguage, LanguageModel> load() {
		var models = new EnumMap<TextLanguage, LanguageModel>(TextLanguage.class);
		var loader = ShippedModels.class.getClassLoader();
		for (var language : TextLanguage.values()) {
			try (var in = loader.getResourceAsStream(resource(language))) {
				if (in != null) {
					models.put(language, ModelCodec.read(in));
				}
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the " + language.code() + " text model", e);
			}
		}
		return models;
	}
}
