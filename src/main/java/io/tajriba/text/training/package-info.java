/** The commands that train the shipped text models and evaluate them on labelled files. */
@org.jspecify.annotations.NullMarked
package io.tajriba.text.training;
