/**
 * Metrics: NPS, CSAT, CES, rates and behavioural KPIs with their confidence intervals and significance tests,
 * trends in the workspace's calendar, key driver analysis and the revenue, retention and repurchase of each
 * loyalty group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics")
@org.jspecify.annotations.NullMarked
package io.tajriba.metrics;
