/**
 * Agent quality: feedback tied to the agent who served the customer, reviews against the company's scorecards,
 * calibration of the reviewers, training needs and coaching whose effect is measured. Its domain holds the
 * arithmetic: review scores (weights, N/A, auto-fail), reviewers' agreement (Krippendorff's alpha), agents'
 * figures shrunk towards their team (empirical Bayes) and rankings that call overlapping intervals ties.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
@org.jspecify.annotations.NullMarked
package io.tajriba.quality;
