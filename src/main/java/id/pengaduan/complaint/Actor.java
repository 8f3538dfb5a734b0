package id.pengaduan.complaint;

import java.util.Arrays;
import java.util.Set;

/**
 * Who does a step on a complaint: the logged-in member of staff with his groups, or the
 * engine itself ({@link #SYSTEM}, no groups). The feature modules ask
 * {@link #requireAnyOf} before a step changes the complaint, beside the engine's own
 * authorizations.
 */
public record Actor(String id, Set<String> groups) {

	/** The engine's own steps: timers, service tasks. */
	public static final Actor SYSTEM = new Actor("system", Set.of());

	public Actor {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("An actor needs an id");
		}
		groups = (groups != null) ? Set.copyOf(groups) : Set.of();
	}

	public boolean isIn(String group) {
		return this.groups.contains(group);
	}

	/**
	 * @throws ActorNotAllowedException unless the actor is in one of {@code groups}
	 */
	public void requireAnyOf(Complaint complaint, String... groups) {
		if (Arrays.stream(groups).noneMatch(this::isIn)) {
			throw new ActorNotAllowedException(this.id, complaint.getTrackingNumber().value(), Set.of(groups));
		}
	}

}
