package id.pengaduan.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The repository of complaints (the plural-noun scheme of docs/decisions/0003). Lists are
 * read a page at a time with a {@code Specification} (the staff list's filters and
 * scope), never whole.
 */
public interface Complaints extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

	/** With its history, which every caller shows. */
	@EntityGraph(attributePaths = "history")
	Optional<Complaint> findByTrackingNumber(String trackingNumber);

	/**
	 * The id behind a tracking number (a process's business key), without loading the
	 * rest.
	 */
	@Query("select c.id from Complaint c where c.trackingNumber = ?1")
	Optional<Long> findIdByTrackingNumber(String trackingNumber);

	/**
	 * Locked until the transaction ends, so that replies to one complaint (a double
	 * click, two tabs) run one after the other and the later ones find the new state.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Complaint c where c.trackingNumber = :trackingNumber")
	Optional<Complaint> lockByTrackingNumber(String trackingNumber);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Complaint c where c.id = :id")
	Optional<Complaint> lockById(Long id);

	/**
	 * Complaints in one of {@code states} whose identity is still kept and whose last
	 * move between states was before {@code cutoff}.
	 */
	@Query("""
			select c.id from Complaint c join c.history h
			where c.identityErasedAt is null and c.state in :states and (h.from is null or h.from <> h.to)
			group by c.id having max(h.at) < :cutoff""")
	List<Long> findIdsWithIdentityMovedLastBefore(Collection<ComplaintState> states, Instant cutoff);

	/**
	 * Complaints waiting in {@code state} whose next deadline falls in (after, until], by
	 * id, a page at a time (the candidates of the completion reminder).
	 */
	@Query("""
			select c.id from Complaint c where c.state = :state
			and c.nextDeadline.due > :after and c.nextDeadline.due <= :until order by c.id""")
	List<Long> findIdsWaitingWithDeadlineBetween(ComplaintState state, Instant after, Instant until, Pageable page);

	default Complaint require(Long id) {
		return findById(id).orElseThrow(() -> new IllegalArgumentException("No complaint with id " + id));
	}

}
