package id.pengaduan.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The SKPD registry and who belongs where, read from Camunda's identity service (editable
 * in Camunda Admin).
 */
@Component
public class Units {

	/** Group type that marks a group as an SKPD rather than a role. */
	public static final String SKPD_GROUP_TYPE = "SKPD";

	/** Group type of role groups, as Camunda Admin calls them. */
	public static final String ROLE_GROUP_TYPE = "WORKFLOW";

	/**
	 * Reads {@code /actuator/prometheus} and {@code /actuator/metrics}: the figures of
	 * every SKPD, for the monitoring system, not for every staff login.
	 */
	public static final String MONITORING_GROUP = "monitoring";

	private final IdentityService identity;

	Units(IdentityService identity) {
		this.identity = identity;
	}

	public List<Skpd> all() {
		return this.identity.createGroupQuery()
			.groupType(SKPD_GROUP_TYPE)
			.orderByGroupName()
			.asc()
			.list()
			.stream()
			.map((group) -> new Skpd(group.getId(), group.getName()))
			.toList();
	}

	public Optional<Skpd> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		Group group = this.identity.createGroupQuery().groupId(code).groupType(SKPD_GROUP_TYPE).singleResult();
		return Optional.ofNullable(group).map((found) -> new Skpd(found.getId(), found.getName()));
	}

	/** The email address of a member of staff, from his account; empty when none. */
	public Optional<String> emailOf(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		return Optional.ofNullable(user).map(User::getEmail).filter((email) -> !email.isBlank());
	}

	/**
	 * The members of group {@code groupId} (a task's candidate group) who have an email
	 * address, user id to address, at most {@code limit} of them.
	 */
	public Map<String, String> emailsOf(String groupId, int limit) {
		Map<String, String> emails = new LinkedHashMap<>();
		for (User user : this.identity.createUserQuery()
			.memberOfGroup(groupId)
			.orderByUserId()
			.asc()
			.listPage(0, limit)) {
			if (user.getEmail() != null && !user.getEmail().isBlank()) {
				emails.put(user.getId(), user.getEmail());
			}
		}
		return emails;
	}

	public StaffMember member(String userId) {
		Set<String> skpds = new LinkedHashSet<>();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Group group : this.identity.createGroupQuery().groupMember(userId).list()) {
			for (Role role : Role.values()) {
				String suffix = role.isPerSkpd() ? "-" + role.suffix() : null;
				if (suffix != null && group.getId().endsWith(suffix)) {
					roles.add(role);
					skpds.add(group.getId().substring(0, group.getId().length() - suffix.length()));
				}
				else if (suffix == null && group.getId().equals(role.groupId(null))) {
					roles.add(role);
				}
			}
		}
		return new StaffMember(userId, Set.copyOf(skpds), Set.copyOf(roles));
	}

}
