package io.tajriba.platform;

/**
 * A resource that does not exist in the caller's workspace; answered as 404. Resources of other workspaces are
 * reported the same way, so that their existence is not revealed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
