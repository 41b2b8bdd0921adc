/**
 * Acting on what Tajriba measures: alert rules fired by responses, texts, interactions and metric drops, cases
 * with owners and service levels in business time, escalation, notifications in the app and by e-mail, and
 * recovery surveys after a case is closed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actions")
@org.jspecify.annotations.NullMarked
package io.tajriba.actions;
