/**
 * Sharing insight: scheduled reports by e-mail with a right-to-left PDF, read-only share links with fixed filters,
 * webhooks signed per the Standard Webhooks spec from a versioned catalogue of the other modules' events, and
 * incremental exports by cursor. It only reads the other modules' public APIs and listens to their events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
@org.jspecify.annotations.NullMarked
package io.tajriba.reports;
