/**
 * Journey analysis in plain Java: maps and stage assignment, funnels, pain points, coverage and target gaps over
 * interactions given as dictionary-encoded columns in customer-then-time order, so that ten million interactions
 * pass in one linear scan without an object each.
 */
@org.jspecify.annotations.NullMarked
package io.tajriba.journeys.domain;
