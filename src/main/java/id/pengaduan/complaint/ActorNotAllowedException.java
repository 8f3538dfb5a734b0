package id.pengaduan.complaint;

import java.util.Set;

/**
 * A member of staff asked for a step on a complaint that his groups do not allow: another
 * SKPD's complaint, or another role's step.
 */
public class ActorNotAllowedException extends RuntimeException {

	private final String actorId;

	private final String trackingNumber;

	public ActorNotAllowedException(String actorId, String trackingNumber, Set<String> requiredGroups) {
		super(actorId + " may not do this step on " + trackingNumber + "; it needs one of " + requiredGroups);
		this.actorId = actorId;
		this.trackingNumber = trackingNumber;
	}

	public String getActorId() {
		return this.actorId;
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
	}

}
