package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Adapts a language's sentiment to one workspace: its rated answers (NPS 0-6 negative, 9-10 positive) are split
 * (seeded) into a training and a held-out part; a logistic regression learns on the training part from the
 * hashed features and the shipped model's polarity; both models are scored on the held-out part, and the
 * adapted one is kept only when it is more accurate there.
 */
public final class SentimentAdaptation {

	public static final int MIN_TEXTS = 40;
	public static final int MIN_PER_CLASS = 10;
	private static final double HELD_OUT = 0.2;
	private static final double C = 1;

	/** A text and whether its rating says positive. */
	public record Labelled(String text, boolean positive) {
	}

	/**
	 * What adaptation did: texts used, accuracy of the shipped and the adapted model on the held-out part, and the
	 * adapted model when it is the better one (null otherwise, or when the data was too little).
	 */
	public record Result(TextLanguage language, int trainTexts, int heldOutTexts, double accuracyBefore,
			double accuracyAfter, @org.jspecify.annotations.Nullable AdaptedSentiment model) {

		public boolean kept() {
			return model != null;
		}
	}

	private SentimentAdaptation() {
	}

	public static Result adapt(LanguageModel shipped, List<Labelled> texts, long seed) {
		var parts = split(texts, seed);
		return adapt(shipped, parts.get(1), parts.get(0));
	}

	/** The texts shuffled (seeded) and cut into the held-out fifth and the rest, in that order. */
	public static List<List<Labelled>> split(List<Labelled> texts, long seed) {
		var shuffled = new ArrayList<>(texts);
		Collections.shuffle(shuffled, new Random(seed));
		int cut = (int) Math.round(shuffled.size() * HELD_OUT);
		return List.of(List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())));
	}

	/** As {@link #adapt(LanguageModel, List, long)}, with the held-out part chosen by the caller. */
	public static Result adapt(LanguageModel shipped, List<Labelled> training, List<Labelled> heldOutTexts) {
		var language = shipped.language();
		int size = training.size() + heldOutTexts.size();
		long positives = java.util.stream.Stream.concat(training.stream(), heldOutTexts.stream())
			.filter(Labelled::positive).count();
		if (size < MIN_TEXTS || positives < MIN_PER_CLASS || size - positives < MIN_PER_CLASS || heldOutTexts.isEmpty()
				|| training.isEmpty()) {
			return new Result(language, 0, 0, 0, 0, null);
		}
		var heldOut = scored(shipped, heldOutTexts);
		var train = scored(shipped, training);
		var adapted = train(language, train, shipped.config().buckets());
		double before = accuracy(heldOut, s -> s.polarity() >= 0);
		double after = accuracy(heldOut, s -> adapted.positive(s.features(), s.polarity()) >= 0.5);
		return new Result(language, train.size(), heldOut.size(), before, after, after > before ? adapted : null);
	}

	/** A text's features (a copy: extraction reuses its arrays) and shipped polarity. */
	private record Scored(Features features, double polarity, boolean positive) {
	}

	private static List<Scored> scored(LanguageModel model, List<Labelled> texts) {
		var extractor = new FeatureExtractor(model.config(), Lexicon.of(model.language()));
		var tokens = new Tokens();
		var decisions = new float[model.outputs()];
		var scored = new ArrayList<Scored>();
		for (var text : texts) {
			var features = extractor.extract(tokens.read(text.text())).copy();
			model.decide(features, decisions);
			scored.add(new Scored(features, model.sentiment(decisions).polarity(), text.positive()));
		}
		return scored;
	}

	private static AdaptedSentiment train(TextLanguage language, List<Scored> texts, int buckets) {
		var problem = new Problem();
		problem.l = texts.size();
		problem.n = buckets + 2;
		problem.x = new Feature[texts.size()][];
		problem.y = new double[texts.size()];
		problem.bias = -1;
		for (int i = 0; i < texts.size(); i++) {
			var row = LiblinearRows.row(texts.get(i).features(), buckets);
			var withPrior = Arrays.copyOf(row, row.length + 1);
			withPrior[row.length] = new FeatureNode(buckets + 2, texts.get(i).polarity());
			problem.x[i] = withPrior;
			problem.y[i] = texts.get(i).positive() ? 1 : 0;
		}
		Linear.disableDebugOutput();
		var model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 0.01));
		double sign = model.getLabels()[0] == 1 ? 1 : -1;
		double[] w = model.getFeatureWeights();
		var used = new java.util.TreeSet<Integer>();
		for (var row : problem.x) {
			for (var feature : row) {
				if (feature.getIndex() <= buckets) {
					used.add(feature.getIndex() - 1);
				}
			}
		}
		var indices = used.stream().mapToInt(Integer::intValue).toArray();
		var weights = new float[indices.length];
		for (int i = 0; i < indices.length; i++) {
			weights[i] = (float) (sign * w[indices[i]]);
		}
		return new AdaptedSentiment(language, indices, weights, (float) (sign * w[buckets + 1]), (float) (sign * w[buckets]));
	}

	private static double accuracy(List<Scored> texts, java.util.function.Predicate<Scored> saysPositive) {
		long right = texts.stream().filter(s -> saysPositive.test(s) == s.positive()).count();
		return texts.isEmpty() ? 0 : (double) right / texts.size();
	}
}
