/**
 * Employee voice in plain Java: the idea box's statuses and the moves between them, and the ranking of ideas by
 * votes and by the evidence behind the pain they address.
 */
@org.jspecify.annotations.NullMarked
package io.tajriba.employees.domain;
