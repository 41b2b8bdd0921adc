/**
 * Customers: one profile per person, found by any of its identities (external id, e-mail, phone) and merged when
 * two profiles turn out to be the same person; attributes, language, first and last contact, revenue, churn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
@org.jspecify.annotations.NullMarked
package io.tajriba.customers;
