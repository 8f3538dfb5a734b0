package id.pengaduan.complaint;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The repository of complaints (the plural-noun scheme of docs/decisions/0003). */
public interface Complaints extends JpaRepository<Complaint, Long> {

	/** With its history, which every caller shows. */
	@EntityGraph(attributePaths = "history")
	Optional<Complaint> findByTrackingNumber(String trackingNumber);

	/**
	 * The id behind a tracking number (a process's business key), without loading the
	 * rest.
	 */
	@Query("select c.id from Complaint c where c.trackingNumber = ?1")
	Optional<Long> findIdByTrackingNumber(String trackingNumber);

	List<Complaint> findBySkpdOrderBySubmittedAtDesc(String skpd);

	default Complaint require(Long id) {
		return findById(id).orElseThrow(() -> new IllegalArgumentException("No complaint with id " + id));
	}

}
