package id.pengaduan.complaint;

import java.util.List;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Announces each new history entry of a complaint as {@link ComplaintHistoryRecorded}, in
 * the transaction that writes it. Hibernate calls it once the complaint's row is written,
 * however the transition was reached (a page, the API, a task listener, a timer job), so
 * a module that must act on every step in the same transaction (the notification outbox)
 * needs no call from each of them. Hibernate gets it from Spring.
 */
class ComplaintHistoryEvents {

	private final ApplicationEventPublisher events;

	ComplaintHistoryEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostPersist
	@PostUpdate
	void announce(Complaint complaint) {
		List<StateChange> changes = complaint.takeUnannounced();
		int first = complaint.getHistory().size() - changes.size();
		for (int i = 0; i < changes.size(); i++) {
			this.events.publishEvent(new ComplaintHistoryRecorded(complaint, changes.get(i), first + i));
		}
	}

}
