package io.tajriba.text.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.tajriba.text.domain.DefaultThemes;
import io.tajriba.text.domain.LanguageDetector;
import io.tajriba.text.domain.LinguaResolver;
import io.tajriba.text.domain.ShippedModels;
import io.tajriba.text.domain.TextAnalyzer;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.ThemeMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Texts per second of the full analysis (language among all four, normalisation, sentiment, emotions, themes,
 * key phrases) on one thread, over an equal mix of the four languages' sentiment texts, shuffled. Run by
 * bench/text/run.sh; one invocation analyses {@value #TEXTS} texts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextAnalysisBenchmark {

	static final int TEXTS = 20_000;

	@Param("../shared/datasets/sentiment")
	public String datasets;

	private TextAnalyzer analyzer;
	private ThemeMatcher themes;
	private String[] texts;
	private final Set<TextLanguage> languages = EnumSet.allOf(TextLanguage.class);

	@Setup
	public void setUp() throws IOException {
		analyzer = new TextAnalyzer(new LanguageDetector(new LinguaResolver()), ShippedModels.load());
		themes = new ThemeMatcher(DefaultThemes.themes());
		texts = mix(Path.of(datasets));
		for (var text : texts) {
			analyzer.analyze(text, languages, themes);
		}
	}

	@Benchmark
	@OperationsPerInvocation(TEXTS)
	public void analyze(Blackhole blackhole) {
		for (var text : texts) {
			blackhole.consume(analyzer.analyze(text, languages, themes));
		}
	}

	/** {@value #TEXTS} texts, a quarter per language, drawn at random (seeded) from every file of that language. */
	static String[] mix(Path directory) throws IOException {
		var byLanguage = new java.util.EnumMap<TextLanguage, List<String>>(TextLanguage.class);
		try (var files = Files.list(directory)) {
			for (var file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
				var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (var line : lines.subList(1, lines.size())) {
					var fields = line.split("\t");
					TextLanguage.of(fields[0]).ifPresent(l -> byLanguage.computeIfAbsent(l, k -> new ArrayList<>()).add(fields[1]));
				}
			}
		}
		var random = new Random(42);
		var mix = new ArrayList<String>();
		for (var texts : byLanguage.values()) {
			for (int i = 0; i < TEXTS / byLanguage.size(); i++) {
				mix.add(texts.get(random.nextInt(texts.size())));
			}
		}
		while (mix.size() < TEXTS) {
			mix.add(mix.get(random.nextInt(mix.size())));
		}
		Collections.shuffle(mix, random);
		return mix.toArray(String[]::new);
	}
}
