/**
 * Service levels in plain Java: the working hours and holidays of a workspace, in its own calendars, and the clock
 * that counts only working time between two instants or finds when a target of working time falls due.
 */
@org.jspecify.annotations.NullMarked
package io.tajriba.actions.domain;
