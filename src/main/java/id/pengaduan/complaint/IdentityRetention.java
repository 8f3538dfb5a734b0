package id.pengaduan.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, pseudonymises the complainants of complaints closed longer than
 * {@code pengaduan.personal-data.retention} ago (UU 27/2022: personal data is deleted
 * when its retention period ends; ADR 0001: 5 years). Safe on several nodes: each
 * complaint is erased under its row lock, and a complaint already erased is skipped.
 */
@Component
@EnableScheduling
public class IdentityRetention {

	private static final Logger log = LoggerFactory.getLogger(IdentityRetention.class);

	private static final List<ComplaintState> CLOSED = Arrays.stream(ComplaintState.values())
		.filter(ComplaintState::isClosed)
		.toList();

	private final Complaints complaints;

	private final PersonalDataProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	IdentityRetention(Complaints complaints, PersonalDataProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.complaints = complaints;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Answers how many complainants this run pseudonymised. */
	@Scheduled(cron = "${pengaduan.personal-data.retention-cron}", zone = "Asia/Jakarta")
	public int eraseExpiredIdentities() {
		Instant now = this.clock.instant();
		Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(this.properties.retention()).toInstant();
		int erased = 0;
		for (Long id : this.complaints.findIdsWithIdentityMovedLastBefore(CLOSED, cutoff)) {
			Boolean done = this.transaction.execute((status) -> this.complaints.lockById(id)
				.filter((complaint) -> complaint.getIdentityErasedAt() == null)
				.map((complaint) -> {
					complaint.eraseIdentity(now);
					return true;
				})
				.orElse(false));
			erased += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		if (erased > 0) {
			log.info("Pseudonymised the complainants of {} complaints closed before {} (retention {})", erased, cutoff,
					this.properties.retention());
		}
		return erased;
	}

}
