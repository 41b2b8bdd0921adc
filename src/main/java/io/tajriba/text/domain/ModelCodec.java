package io.tajriba.text.domain;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A language model as a small file: header, then each output's weights quantised to one signed byte against
 * that output's largest weight, one output after the other, gzipped. Weights too small to reach one step
 * become zero, which is what makes the file compress: a few MB for all languages instead of tens. Training
 * evaluates the model after this round trip, so the published figures are those of the shipped model.
 */
public final class ModelCodec {

	private static final int MAGIC = 0x544A544D; // "TJTM"
	private static final int VERSION = 1;

	private ModelCodec() {
	}

	public static void write(LanguageModel model, OutputStream target) throws IOException {
		var gzip = new GZIPOutputStream(target, 1 << 16);
		var out = new DataOutputStream(gzip);
		out.writeInt(MAGIC);
		out.writeInt(VERSION);
		out.writeUTF(model.language().code());
		var config = model.config();
		out.writeInt(config.bits());
		out.writeInt(config.charMin());
		out.writeInt(config.charMax());
		out.writeBoolean(config.wordBigrams());
		var labels = model.labels();
		out.writeInt(labels.length);
		for (var label : labels) {
			out.writeUTF(label.code());
		}
		var emotions = model.emotionLabels();
		out.writeInt(emotions.length);
		for (int e = 0; e < emotions.length; e++) {
			out.writeUTF(emotions[e].code());
			out.writeFloat(model.thresholds()[e]);
		}
		writeWeights(out, model);
		out.flush();
		gzip.finish();
	}

	private static void writeWeights(DataOutputStream out, LanguageModel model) throws IOException {
		int outputs = model.outputs();
		int buckets = model.config().buckets();
		byte[] weights = model.weights();
		var column = new byte[buckets];
		for (int k = 0; k < outputs; k++) {
			for (int b = 0; b < buckets; b++) {
				column[b] = weights[b * outputs + k];
			}
			out.writeFloat(model.bias()[k]);
			out.writeFloat(model.steps()[k]);
			out.write(column);
		}
	}

	public static LanguageModel read(InputStream source) throws IOException {
		var in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
		if (in.readInt() != MAGIC || in.readInt() != VERSION) {
			throw new IOException("not a text model of this version");
		}
		var language = TextLanguage.of(in.readUTF()).orElseThrow(() -> new IOException("unknown language"));
		var config = new FeatureConfig(in.readInt(), in.readInt(), in.readInt(), in.readBoolean());
		var labels = new Sentiment[in.readInt()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = Sentiment.of(in.readUTF()).orElseThrow(() -> new IOException("unknown sentiment"));
		}
		var emotions = new Emotion[in.readInt()];
		var thresholds = new float[emotions.length];
		for (int e = 0; e < emotions.length; e++) {
			emotions[e] = Emotion.of(in.readUTF()).orElseThrow(() -> new IOException("unknown emotion"));
			thresholds[e] = in.readFloat();
		}
		int outputs = (labels.length == 2 ? 1 : labels.length) + emotions.length;
		int buckets = config.buckets();
		var bias = new float[outputs];
		var steps = new float[outputs];
		var weights = new byte[buckets * outputs];
		var column = new byte[buckets];
		for (int k = 0; k < outputs; k++) {
			bias[k] = in.readFloat();
			steps[k] = in.readFloat();
			in.readFully(column);
			for (int b = 0; b < buckets; b++) {
				weights[b * outputs + k] = column[b];
			}
		}
		return new LanguageModel(language, config, labels, emotions, thresholds, bias, weights, steps);
	}
}
