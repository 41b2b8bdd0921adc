package io.tajriba.text.training;

import io.tajriba.text.domain.TextLanguage;

/**
 * One labelled line of a data set file: {@code lang, text, label, source}, the file it came from, and whether
 * that file labels emotions (any label that is not a sentiment) rather than sentiment.
 */
record Example(TextLanguage language, String text, String label, String file, boolean emotion) {
}
