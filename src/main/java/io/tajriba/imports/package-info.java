/**
 * Bulk imports of interactions and customers from CSV and NDJSON files of any size: the upload goes to disk, rows
 * are read as a stream and recorded in batches through the same path as the API, with progress and a final report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
@org.jspecify.annotations.NullMarked
package io.tajriba.imports;
