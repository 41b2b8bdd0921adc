/**
 * Text analytics: the language, sentiment, emotions, themes and key phrases of every open answer, review and
 * transcript, in English, Persian, Arabic and Hebrew, computed in-process by linear models shipped as resources.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text analytics")
@org.jspecify.annotations.NullMarked
package io.tajriba.text;
