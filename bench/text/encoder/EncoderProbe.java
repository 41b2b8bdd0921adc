package io.tajriba.text.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.tajriba.text.domain.FeatureExtractor;
import io.tajriba.text.domain.LanguageModel;
import io.tajriba.text.domain.Lexicon;
import io.tajriba.text.domain.ModelCodec;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Tokens;

/**
 * bench/text/encoder/run.sh: the sentence encoder as a second stage for English, measured. Arguments: the data
 * sets, the English model file, a directory for the embeddings (kept, so a second run only scores).
 */
public final class EncoderProbe {

	private static final int DIMENSIONS = 384;
	private static final Sentiment[] LABELS = Sentiment.values();

	public static void main(String[] args) throws IOException {
		var shares = Shares.load(Path.of(args[0]), TrainModels.SEED, new ModelCard(TrainModels.SEED));
		var fast = ModelCodec.read(Files.newInputStream(Path.of(args[1])));
		var cache = Path.of(args[2]);
		Predicate<Example> english = e -> e.language() == TextLanguage.EN && !e.emotion();
		var train = capped(shares.sentiment().get(TextLanguage.EN), 2500, 1);
		var heldOut = Balanced.sample(shares.heldOut().stream().filter(english).toList(), TrainModels.SEED);
		var outside = capped(Balanced.sample(shares.evaluationOnly().stream().filter(english).toList(), TrainModels.SEED),
				1000, 2);
		var encoder = new AllMiniLmL6V2EmbeddingModel();
		cost(encoder, fast, heldOut.subList(0, 500));
		var trainRows = rows(embeddings(encoder, train, cache.resolve("train.bin")));
		var stage = fit(trainRows, train);
		report("held-out share, balanced", fast, stage, heldOut, rows(embeddings(encoder, heldOut, cache.resolve("held-out.bin"))));
		report("evaluation-only sets, balanced", fast, stage, outside,
				rows(embeddings(encoder, outside, cache.resolve("evaluation-only.bin"))));
	}

	/** The regression over embeddings with C and decision offsets chosen on a development share of its sample. */
	record Stage(Model model, double[] offsets) {
	}

	private static Stage fit(Feature[][] rows, List<Example> train) {
		var order = new ArrayList<Integer>();
		for (int i = 0; i < rows.length; i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(3));
		int cut = (int) (order.size() * 0.15);
		var dev = order.subList(0, cut);
		Stage best = null;
		double bestScore = -1;
		double bestC = 1;
		for (double c : new double[] { 0.25, 1, 4, 16 }) {
			var model = train(rows, train, order.subList(cut, order.size()), c);
			var decisions = new double[dev.size()][];
			var gold = new int[dev.size()];
			var files = new String[dev.size()];
			for (int j = 0; j < dev.size(); j++) {
				decisions[j] = decisions(model, rows[dev.get(j)]);
				gold[j] = label(train.get(dev.get(j)));
				files[j] = train.get(dev.get(j)).file();
			}
			var choice = new DecisionOffsets(decisions, gold, files, 3).best();
			System.out.printf(Locale.ROOT, "encoder stage C=%s: balanced dev macro-F1 %.1f%n", c, choice.score() * 100);
			if (choice.score() > bestScore) {
				bestScore = choice.score();
				bestC = c;
				best = new Stage(model, choice.offsets());
			}
		}
		var all = new ArrayList<Integer>(order);
		return new Stage(train(rows, train, all, bestC), best.offsets());
	}

	private static void report(String title, LanguageModel fast, Stage stage, List<Example> examples, Feature[][] rows) {
		var extractor = new FeatureExtractor(fast.config(), Lexicon.of(TextLanguage.EN));
		var tokens = new Tokens();
		var decisions = new float[fast.outputs()];
		System.out.println("\n" + title + " (" + examples.size() + " texts); the encoder answers where the fast model's top probability is below the threshold");
		for (double threshold : new double[] { 0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1.01 }) {
			var byFile = new TreeMap<String, Scores>();
			var pooled = new Scores();
			int routed = 0;
			for (int i = 0; i < examples.size(); i++) {
				fast.decide(extractor.extract(tokens.read(examples.get(i).text())), decisions);
				var score = fast.sentiment(decisions);
				var answer = score.label();
				if (score.probability() < threshold) {
					routed++;
					answer = LABELS[argmax(decisions(stage.model(), rows[i]), stage.offsets())];
				}
				byFile.computeIfAbsent(examples.get(i).file(), f -> new Scores()).add(examples.get(i).label(), answer.code());
				pooled.add(examples.get(i).label(), answer.code());
			}
			var files = new StringBuilder();
			byFile.forEach((f, s) -> files.append(String.format(Locale.ROOT, " %s %.1f", f, s.macroF1() * 100)));
			System.out.printf(Locale.ROOT, "threshold %.2f: %5.1f%% to the encoder, macro-F1 %.1f (mean over files %.1f), neutral F1 %.1f |%s%n",
					threshold, 100.0 * routed / examples.size(), pooled.macroF1() * 100,
					byFile.values().stream().mapToDouble(Scores::macroF1).average().orElse(0) * 100,
					pooled.f1("neutral") * 100, files);
		}
	}

	/** CPU time per text of the encoder and of the fast path, one text at a time, in the same run. */
	private static void cost(AllMiniLmL6V2EmbeddingModel encoder, LanguageModel fast, List<Example> examples) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		var extractor = new FeatureExtractor(fast.config(), Lexicon.of(TextLanguage.EN));
		var tokens = new Tokens();
		var decisions = new float[fast.outputs()];
		examples.subList(0, 50).forEach(e -> encoder.embed(e.text()));
		long cpu = os.getProcessCpuTime();
		long wall = System.nanoTime();
		examples.forEach(e -> encoder.embed(e.text()));
		double encoderCpu = (os.getProcessCpuTime() - cpu) / 1e6 / examples.size();
		double encoderWall = (System.nanoTime() - wall) / 1e6 / examples.size();
		var thread = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < 200; round++) {
			examples.forEach(e -> {
				fast.decide(extractor.extract(tokens.read(e.text())), decisions);
				fast.sentiment(decisions);
			});
		}
		cpu = thread.getCurrentThreadCpuTime();
		for (int round = 0; round < 200; round++) {
			examples.forEach(e -> {
				fast.decide(extractor.extract(tokens.read(e.text())), decisions);
				fast.sentiment(decisions);
			});
		}
		double fastCpu = (thread.getCurrentThreadCpuTime() - cpu) / 1e6 / (200.0 * examples.size());
		System.out.printf(Locale.ROOT, "cost per text: encoder %.2f ms CPU (%.2f ms wall), fast sentiment %.4f ms CPU: %.0fx%n",
				encoderCpu, encoderWall, fastCpu, encoderCpu / fastCpu);
	}

	private static float[][] embeddings(AllMiniLmL6V2EmbeddingModel encoder, List<Example> examples, Path file)
			throws IOException {
		var vectors = new float[examples.size()][DIMENSIONS];
		if (Files.exists(file)) {
			try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
				if (in.readInt() == examples.size()) {
					for (var vector : vectors) {
						for (int j = 0; j < DIMENSIONS; j++) {
							vector[j] = in.readFloat();
						}
					}
					return vectors;
				}
			}
		}
		Files.createDirectories(file.getParent());
		for (int from = 0; from < examples.size(); from += 64) {
			var batch = examples.subList(from, Math.min(examples.size(), from + 64)).stream()
				.map(e -> TextSegment.from(e.text())).toList();
			var embedded = encoder.embedAll(batch).content();
			for (int k = 0; k < embedded.size(); k++) {
				vectors[from + k] = embedded.get(k).vector();
			}
		}
		try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
			out.writeInt(examples.size());
			for (var vector : vectors) {
				for (float v : vector) {
					out.writeFloat(v);
				}
			}
		}
		return vectors;
	}

	/** At most {@code cap} texts of each label of each file, drawn with a seed. */
	private static List<Example> capped(List<Example> examples, int cap, long seed) {
		var byKey = new TreeMap<String, List<Example>>();
		examples.forEach(e -> byKey.computeIfAbsent(e.file() + "\t" + e.label(), k -> new ArrayList<>()).add(e));
		var sample = new ArrayList<Example>();
		for (var texts : byKey.values()) {
			var shuffled = new ArrayList<>(texts);
			Collections.shuffle(shuffled, new Random(seed));
			sample.addAll(shuffled.subList(0, Math.min(cap, shuffled.size())));
		}
		return sample;
	}

	private static Feature[][] rows(float[][] vectors) {
		var rows = new Feature[vectors.length][];
		for (int i = 0; i < vectors.length; i++) {
			rows[i] = new Feature[DIMENSIONS + 1];
			for (int j = 0; j < DIMENSIONS; j++) {
				rows[i][j] = new FeatureNode(j + 1, vectors[i][j]);
			}
			rows[i][DIMENSIONS] = new FeatureNode(DIMENSIONS + 1, 1);
		}
		return rows;
	}

	private static Model train(Feature[][] rows, List<Example> examples, List<Integer> which, double c) {
		var problem = new Problem();
		problem.l = which.size();
		problem.n = DIMENSIONS + 1;
		problem.bias = -1;
		problem.x = which.stream().map(i -> rows[i]).toArray(Feature[][]::new);
		problem.y = which.stream().mapToDouble(i -> label(examples.get(i))).toArray();
		var counts = new int[3];
		for (double y : problem.y) {
			counts[(int) y]++;
		}
		var parameter = new Parameter(SolverType.L2R_LR, c, 0.01);
		parameter.setWeights(new double[] { problem.l / (3.0 * counts[0]), problem.l / (3.0 * counts[1]),
				problem.l / (3.0 * counts[2]) }, new int[] { 0, 1, 2 });
		Linear.disableDebugOutput();
		return Linear.train(problem, parameter);
	}

	/** Decision values in label order: negative, neutral, positive. */
	private static double[] decisions(Model model, Feature[] row) {
		var values = new double[3];
		Linear.predictValues(model, row, values);
		var decisions = new double[3];
		var order = model.getLabels();
		for (int k = 0; k < 3; k++) {
			decisions[order[k]] = values[k];
		}
		return decisions;
	}

	private static int argmax(double[] decisions, double[] offsets) {
		int best = 0;
		for (int k = 1; k < decisions.length; k++) {
			best = decisions[k] + offsets[k] > decisions[best] + offsets[best] ? k : best;
		}
		return best;
	}

	private static int label(Example example) {
		return Sentiment.of(example.label()).orElseThrow().ordinal();
	}
}
