package id.pengaduan.intake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import id.pengaduan.complaint.AccessCode;
import id.pengaduan.complaint.AccessCodes;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.Submission;
import id.pengaduan.complaint.TrackingNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking numbers on the suite's database (H2, or PostgreSQL under -Ppostgres): unique
 * when several nodes meet a new year at once, and continuing after the numbers already
 * issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingNumbersIntegrationTests {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final int NODES = 4;

	private static final int INTAKES_PER_NODE = 2;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccessCodes accessCodes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TrackingNumbers trackingNumbers;

	@Autowired
	Complaints complaints;

	// A year no other test, nor an earlier run on the same PostgreSQL database, has
	// issued numbers in: the year's sequence does not exist yet.
	private final int year = ThreadLocalRandom.current().nextInt(2200, 9000);

	@AfterEach
	void removeTheComplaintsOfTheTestYear() {
		String numbers = "ADU-%04d-%%".formatted(this.year);
		this.jdbc.update("delete from state_change where complaint_id in"
				+ " (select id from complaint where tracking_number like ?)", numbers);
		this.jdbc.update("delete from complaint where tracking_number like ?", numbers);
	}

	@Test
	void severalNodesMeetingANewYearAtOnceIssueDistinctNumbersFromOne() throws Exception {
		Instant newYear = LocalDateTime.of(this.year, 1, 1, 0, 1).atZone(WIB).toInstant();
		// Each node knows only the sequences it has used itself, as on separate machines.
		List<TrackingNumbers> nodes = IntStream.range(0, NODES)
			.mapToObj((node) -> new TrackingNumbers(this.dataSource, this.jdbc, this.transactions))
			.toList();
		int intakes = NODES * INTAKES_PER_NODE;
		CyclicBarrier start = new CyclicBarrier(intakes);
		ExecutorService threads = Executors.newFixedThreadPool(intakes);
		List<String> issued = new ArrayList<>();
		try {
			List<Future<TrackingNumber>> numbers = IntStream.range(0, intakes)
				.mapToObj((intake) -> threads.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					// Inside the submission's transaction, as the portal's form asks for
					// it.
					return new TransactionTemplate(this.transactions)
						.execute((status) -> nodes.get(intake % NODES).next(newYear));
				}))
				.toList();
			for (Future<TrackingNumber> number : numbers) {
				issued.add(number.get(60, TimeUnit.SECONDS).value());
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(issued).containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(1, intakes).mapToObj((n) -> TrackingNumber.of(this.year, n).value()).toList());
	}

	@Test
	void numbersContinueAfterTheHighestAlreadyIssuedThatYear() {
		// Issued before this version, from the counter table that V4 removes.
		Instant march = LocalDateTime.of(this.year, 3, 2, 10, 0).atZone(WIB).toInstant();
		receivedEarlier(TrackingNumber.of(this.year, 7), march);
		receivedEarlier(TrackingNumber.of(this.year, 41), march);

		assertThat(this.trackingNumbers.next(march.plusSeconds(60))).isEqualTo(TrackingNumber.of(this.year, 42));
		assertThat(this.trackingNumbers.next(march.plusSeconds(120))).isEqualTo(TrackingNumber.of(this.year, 43));
	}

	private void receivedEarlier(TrackingNumber number, Instant at) {
		this.complaints.save(Complaint.receive(number, this.accessCodes.hash(AccessCode.generate()),
				new Submission(Channel.WALK_IN, Category.PENDIDIKAN, "kab-semarang", "SMA Negeri 1", null, null, null,
						"Pungutan biaya seragam yang tidak sesuai ketentuan sekolah negeri.",
						new Complainant("Rahmat", null, "081298765432", null), false, false, null, List.of()),
				at, new Deadline(DeadlineKind.VERIFICATION, at)));
	}

}
