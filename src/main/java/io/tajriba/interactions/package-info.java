/**
 * The interaction hub: every visit, purchase, call, chat, review and share at every touchpoint and channel,
 * ingested idempotently in batches (COPY into a staging table, then one set-based insert), with rejected rows
 * kept for correction and replay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interactions")
@org.jspecify.annotations.NullMarked
package io.tajriba.interactions;
