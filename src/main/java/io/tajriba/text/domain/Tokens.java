package io.tajriba.text.domain;

/**
 * The words, emoji and sentence marks of a normalised text, as offsets into its buffer with a hash per token:
 * no strings are made, since this runs for every text. A word is a run of letters and digits (an apostrophe
 * inside one is kept, for "don't"); each emoji is a token of its own; '!' and '?' are tokens (they carry
 * feeling) and, like the other sentence marks, end the scope of a negation.
 */
public final class Tokens {

	public static final byte WORD = 0;
	public static final byte EMOJI = 1;
	public static final byte MARK = 2;
	/** A sentence break that is not a feature itself: . , ; : and the like. */
	public static final byte BREAK = 3;

	char[] text = new char[256];
	int length;
	int size;
	int[] start = new int[64];
	int[] end = new int[64];
	long[] hash = new long[64];
	byte[] kind = new byte[64];

	/** Normalises {@code raw} into this buffer and splits it. */
	public Tokens read(CharSequence raw) {
		if (text.length < raw.length()) {
			text = new char[raw.length() + 64];
		}
		length = TextNormalizer.normalize(raw, text);
		size = 0;
		split();
		return this;
	}

	private void split() {
		int i = 0;
		while (i < length) {
			char c = text[i];
			if (Character.isLetterOrDigit(c)) {
				i = word(i);
			} else if (Character.isHighSurrogate(c) && i + 1 < length) {
				int cp = Character.toCodePoint(c, text[i + 1]);
				if (isEmoji(cp)) {
					add(i, i + 2, EMOJI);
				}
				i += 2;
			} else {
				if (c == '!' || c == '?') {
					add(i, i + 1, MARK);
				} else if (isEmoji(c)) {
					add(i, i + 1, EMOJI);
				} else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')') {
					add(i, i + 1, BREAK);
				}
				i++;
			}
		}
	}

	private int word(int from) {
		int i = from + 1;
		while (i < length) {
			char c = text[i];
			if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				i++;
			} else if (c == '\'' && i + 1 < length && Character.isLetter(text[i + 1])) {
				i += 2;
			} else {
				break;
			}
		}
		add(from, i, WORD);
		return i;
	}

	static boolean isEmoji(int cp) {
		return cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x1F000 && cp <= 0x1F2FF
				|| cp == 0x2764 || cp == 0x2B50;
	}

	private void add(int from, int to, byte type) {
		if (size == start.length) {
			grow();
		}
		start[size] = from;
		end[size] = to;
		kind[size] = type;
		hash[size] = Hashing.chars(text, from, to);
		size++;
	}

	private void grow() {
		int capacity = size * 2;
		start = java.util.Arrays.copyOf(start, capacity);
		end = java.util.Arrays.copyOf(end, capacity);
		hash = java.util.Arrays.copyOf(hash, capacity);
		kind = java.util.Arrays.copyOf(kind, capacity);
	}

	public int size() {
		return size;
	}

	public byte kind(int token) {
		return kind[token];
	}

	public long hash(int token) {
		return hash[token];
	}

	public int length(int token) {
		return end[token] - start[token];
	}

	public String text(int token) {
		return new String(text, start[token], end[token] - start[token]);
	}

	/** The normalised text. */
	public String normalized() {
		return new String(text, 0, length);
	}
}
