package io.tajriba.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route whose work grows with the workspace's data (an analysis over every interaction, an export, a
 * batch of texts): each workspace runs only a few of them at once, and all workspaces together no more than the
 * server has cores, so a burst from one leaves the others' pages fast.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Heavy {
}
