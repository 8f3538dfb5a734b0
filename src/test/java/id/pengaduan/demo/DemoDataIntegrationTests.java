package id.pengaduan.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province is played in the past by moving the engine's clock: nobody may be
 * served while it is moved (issue 12 point 9).
 */
// Demo complaints are made only in an empty database: this test gets one of its own, also
// in the PostgreSQL run, whose shared database holds the other tests' complaints.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pengaduan.demo.complaints=true",
				"spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@Import(DemoDataIntegrationTests.ServerOpening.class)
class DemoDataIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ServerOpening opening;

	@Autowired
	Complaints complaints;

	@Test
	void everyDemoComplaintIsMadeBeforeTheServerTakesItsFirstRequest() {
		assertThat(this.opening.complaintsWhenOpened).isEqualTo(DemoStory.all().size());
	}

	@Test
	void theClockSaysNowWhenTheServerOpens() {
		assertThat(Duration.between(this.opening.clockWhenOpened, this.opening.wallWhenOpened).abs())
			.isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aCitizenSubmittingRightAfterStartIsReceivedNow() {
		Instant before = Instant.now();

		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());

		Complaint complaint = this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow();
		assertThat(complaint.getSubmittedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
	}

	/** What the application looked like at the moment the web server bound its port. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ServerOpening {

		final Complaints complaints;

		final Clock clock;

		volatile long complaintsWhenOpened = -1;

		volatile Instant clockWhenOpened;

		volatile Instant wallWhenOpened;

		ServerOpening(Complaints complaints, Clock clock) {
			this.complaints = complaints;
			this.clock = clock;
		}

		@EventListener
		void opened(WebServerInitializedEvent event) {
			this.complaintsWhenOpened = this.complaints.count();
			this.clockWhenOpened = this.clock.instant();
			this.wallWhenOpened = Instant.now();
		}

	}

}
