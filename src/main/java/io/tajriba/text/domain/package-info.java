/** Normalisation, language detection, features, classifiers and themes: plain Java, no framework. */
@org.jspecify.annotations.NullMarked
package io.tajriba.text.domain;
