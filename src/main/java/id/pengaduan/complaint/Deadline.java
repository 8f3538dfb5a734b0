package id.pengaduan.complaint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The next deadline the complaint waits on, computed by the SLA calendar by whoever sets
 * it.
 */
@Embeddable
public record Deadline(@Enumerated(EnumType.STRING) @Column(name = "deadline_kind") DeadlineKind kind,
		@Column(name = "deadline_due") Instant due) {
}
