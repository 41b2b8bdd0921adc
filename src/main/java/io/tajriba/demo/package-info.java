/** The demo workspace that {@code ./tajriba demo} creates, with an admin login and an ingestion API key. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package io.tajriba.demo;
