package id.pengaduan.supervision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.notification.Notifications;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages that failed for good, within a viewer's scope: a figure on the dashboard and a
 * paged list of the complaints they are about, each linking to its case file (where the
 * message is resent). The notification module says which complaints have FAILED messages;
 * whose complaint it is, is the complaint's SKPD. Messages about no complaint (a digest,
 * a weekly summary) count for those who see everything.
 */
@Component
@Transactional(readOnly = true)
class FailedMessages {

	/**
	 * FAILED messages wait for a person and are few; more complaints than this with
	 * failures is an outage, which the figure shows well enough.
	 */
	static final int LIMIT = 1000;

	private final Notifications notifications;

	private final EntityManager entities;

	private final Units units;

	FailedMessages(Notifications notifications, EntityManager entities, Units units) {
		this.notifications = notifications;
		this.entities = entities;
		this.units = units;
	}

	/** How many messages within {@code scope} failed for good. */
	long count(Scope scope) {
		Map<Long, Long> failed = this.notifications.failedPerComplaint(LIMIT);
		long count = scope.everything() ? Objects.requireNonNullElse(failed.get(null), 0L) : 0L;
		for (Tuple row : complaints(failed, scope, 0, LIMIT)) {
			count += failed.get(row.get(2, Long.class));
		}
		return count;
	}

	/** The complaints within {@code scope} with FAILED messages, the newest first. */
	Page<Row> list(Scope scope, Pageable pageable) {
		Map<Long, Long> failed = this.notifications.failedPerComplaint(LIMIT);
		List<Tuple> all = complaints(failed, scope, 0, LIMIT);
		Map<String, String> names = new java.util.HashMap<>();
		this.units.all().forEach((Skpd skpd) -> names.put(skpd.code(), skpd.name()));
		List<Row> rows = complaints(failed, scope, (int) pageable.getOffset(), pageable.getPageSize()).stream()
			.map((row) -> new Row(row.get(0, String.class), row.get(1, String.class),
					names.get(row.get(1, String.class)), failed.get(row.get(2, Long.class))))
			.toList();
		return new PageImpl<>(rows, pageable, all.size());
	}

	private List<Tuple> complaints(Map<Long, Long> failed, Scope scope, int first, int max) {
		List<Long> ids = failed.keySet().stream().filter(Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		// An empty list is no valid "in ()"; no SKPD code is blank.
		return this.entities
			.createQuery("select c.trackingNumber, c.skpd, c.id from Complaint c where c.id in :ids "
					+ "and (:everything = true or c.skpd in :skpds) order by c.id desc", Tuple.class)
			.setParameter("ids", ids)
			.setParameter("everything", scope.everything())
			.setParameter("skpds", scope.skpds().isEmpty() ? List.of("") : scope.skpds())
			.setFirstResult(first)
			.setMaxResults(max)
			.getResultList();
	}

	/**
	 * A complaint with FAILED messages: its SKPD (null: not disposed) and their count.
	 */
	record Row(String trackingNumber, String skpd, String skpdName, long failed) {
	}

}
