@org.jspecify.annotations.NullMarked
package io.tajriba.reports.domain;
