/** The demo workspace that {@code ./tajriba demo} creates, with an admin login and an ingestion API key. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
@org.jspecify.annotations.NullMarked
package io.tajriba.demo;
