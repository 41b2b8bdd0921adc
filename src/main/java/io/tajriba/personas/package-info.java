/**
 * Personas: named kinds of customer with their traits and a rule on attributes and behaviour that assigns each
 * customer to one; suggestions for new personas from k-means clustering of behaviour, for a person to accept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personas")
@org.jspecify.annotations.NullMarked
package io.tajriba.personas;
