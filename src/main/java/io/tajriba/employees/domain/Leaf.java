package io.tajriba.employees.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The eNPS answers of one wave from one team, department and location: the smallest cell anything is built of. */
public record Leaf(UUID wave, String department, String team, @Nullable String location, Tally tally) {
}
