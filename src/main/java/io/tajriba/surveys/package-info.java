/**
 * Feedback capture: surveys (NPS, CSAT, CES, repurchase intent, ratings, choices, emotions, open text) in several
 * languages, for customers or employees, and the responses tied to the interaction, touchpoint and agent they are
 * about.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
@org.jspecify.annotations.NullMarked
package io.tajriba.surveys;
