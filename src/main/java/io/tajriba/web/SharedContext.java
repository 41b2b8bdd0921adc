package io.tajriba.web;

import io.tajriba.workspaces.Workspace;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The workspace a page shows when nobody of it is signed in (a shared link): the dates and numbers of the page are
 * then written in that workspace's calendar and time zone, not the reader's own workspace's.
 */
public final class SharedContext {

	private static final String ATTRIBUTE = SharedContext.class.getName() + ".workspace";

	private SharedContext() {
	}

	/** The page of this request shows this workspace. */
	public static void set(HttpServletRequest request, Workspace workspace) {
		request.setAttribute(ATTRIBUTE, workspace);
	}

	/** The workspace the page of this request shows, if one was set. */
	public static @Nullable Workspace of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Workspace workspace ? workspace : null;
	}
}
