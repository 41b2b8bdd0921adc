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
	private final Map<TextLanguage, Integer> sizes = new EnumMap<>(TextLanguage.class);

	ModelCard(long seed) {
		this.seed = seed;
	}

	void file(String name, int train, int heldOut, boolean shipped) {
		var base = name.substring(name.indexOf('/') + 1).replace(" (sentiment from its emotions)", "");
		files.row(name, DataFiles.licence(base), shipped ? "trains the shipped model" : "evaluation only",
				String.valueOf(train), shipped ? String.valueOf(heldOut) : "all " + train);
	}

	void settings(TextLanguage language, SentimentTraining.Fit sentiment, List<EmotionTraining.Fit> emotions,
			int emotionTexts) {
		var config = sentiment.config();
		var features = "words, word bigrams" + (config.charMin() > 0
				? ", char " + config.charMin() + "-" + config.charMax() + "-grams" : "") + "; 2^" + config.bits()
				+ " buckets";
		var labels = List.of(sentiment.labels()).stream().map(s -> s.code()).collect(Collectors.joining("/"));
		var emotionList = emotions.isEmpty() ? "none (no shippable data)" : emotions.stream()
			.map(e -> e.emotion().code() + " (" + e.threshold() + ")").collect(Collectors.joining(", "));
		settings.row(language.code(), labels, features, String.valueOf(sentiment.c()),
				sentiment.balanced() ? "balanced" : "none",
				sentiment.fileRepeats() == 1 ? "as they come" : "smaller repeated up to " + sentiment.fileRepeats() + "x",
				offsets(sentiment), Scores.percent(sentiment.devMacroF1()), emotionList,
				String.valueOf(emotionTexts));
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

	void size(TextLanguage language, int bytes) {
		sizes.put(language, bytes);
	}

	String summary(Evaluation heldOut, Evaluation outside) {
		return "Held-out sentiment:\n" + Table.sentiment(heldOut, true).markdown() + "Evaluation-only sentiment:\n"
				+ Table.sentiment(outside, true).markdown();
	}

	String markdown(Evaluation heldOut, Evaluation outside) {
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

	private static final String LIMITS = """
			## Limits

			- Hebrew data has no neutral class: the Hebrew model answers positive or negative only.
			- Persian has no emotion data whose licence allows shipping (ArmanEmo is CC BY-NC-SA), so Persian texts
			  get no emotions. Arabic emotion data (EmoTone) has no trust, disgust or frustration; the Hebrew
			  emotion set is small (a few hundred comments), so its emotions are rough.
			- English sentiment also learns from GoEmotions, its emotions grouped into sentiment as its paper does
			  (`DerivedSentiment`): the other English sets have almost no neutral texts.
			- Emotions map the data sets' labels onto the customer experience set as `EmotionMapping` documents.
			- The models learnt from reviews, comments and tweets; a workspace's own feedback may differ, which is
			  what retraining on a workspace's rated answers is for.
			""";
}
