@org.jspecify.annotations.NullMarked
package io.tajriba.actions.internal;
