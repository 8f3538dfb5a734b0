package id.pengaduan.notification;

import java.time.Clock;
import java.util.List;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.identity.Role;
import id.pengaduan.identity.StaffMember;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the notifications: a complaint's log for the case file,
 * the messages sent to the complainant for his tracking page, and a resend of a message
 * that FAILED.
 */
@Service
public class Notifications {

	/** A complaint gets a handful of messages; its citizen's list shows the newest 50. */
	private static final int CITIZEN_LIST = 50;

	private final Outbox outbox;

	private final Clock clock;

	Notifications(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Every message about the complaint, newest first. */
	public Page<NotificationLogEntry> logOf(Complaint complaint, Pageable pageable) {
		return this.outbox.log(complaint.getId(), pageable);
	}

	/** The messages that reached the complainant (sent), newest first. */
	public List<NotificationLogEntry> sentToComplainant(Complaint complaint) {
		return this.outbox.log(complaint.getId(), PageRequest.of(0, CITIZEN_LIST))
			.stream()
			.filter((entry) -> entry.isForCitizen() && entry.isSent())
			.toList();
	}

	/**
	 * Sends a FAILED message about {@code complaint} again, with a full set of attempts.
	 * The complaint unit may resend any, the SKPD's staff those of their complaints.
	 * Answers false when the message is not FAILED (sent meanwhile, or resent by somebody
	 * else).
	 */
	public boolean resend(Complaint complaint, long messageId, StaffMember member) {
		if (!member.has(Role.VERIFIER) && !member.worksFor(complaint.getSkpd())) {
			throw new NotAllowedException();
		}
		return this.outbox.resend(messageId, complaint.getId(), member.userId(), this.clock.instant());
	}

	/** Messages that failed for good and wait for a person. */
	public long failedCount() {
		return this.outbox.countFailed();
	}

	/** The member of staff may not resend this complaint's messages. */
	public static class NotAllowedException extends RuntimeException {

		NotAllowedException() {
			super("Not allowed to resend this complaint's messages");
		}

	}

}
