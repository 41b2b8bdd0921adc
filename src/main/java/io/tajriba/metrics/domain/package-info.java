/**
 * The statistics behind the metrics, in plain Java on Commons Math and ICU4J: every figure comes with the number
 * of answers or customers it rests on and, where it is an estimate, its 95% interval, so that nobody reads noise
 * as a change.
 */
@org.jspecify.annotations.NullMarked
package io.tajriba.metrics.domain;
