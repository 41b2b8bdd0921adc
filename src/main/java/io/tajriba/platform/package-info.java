/**
 * Technical foundation shared by every module: the PostgreSQL connection (embedded or external), the job
 * scheduler, the clock and the problem-details answers of the HTTP API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package io.tajriba.platform;
