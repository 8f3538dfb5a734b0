package id.pengaduan.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import id.pengaduan.Citizen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen API's rate limits, set low: 3 complaints and 5 tracking requests per
 * address and hour, 3 wrong access codes per tracking number and hour. Every test comes
 * from addresses of its own (X-Forwarded-For from the trusted test proxy); the context's
 * own rate-limit secret keeps its buckets apart from other runs on the same database.
 * {@code portal.RateLimitPagesIntegrationTests} shares this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"pengaduan.intake.submit-limit=3", "pengaduan.intake.tracking-limit=5", "pengaduan.intake.wrong-code-limit=3" })
class RateLimitIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFourthComplaintFromOneAddressIsRefusedWith429AndRetryAfterWhileAnotherAddressGoesOn() {
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(submitFrom(address, Map.of()).status()).as("complaint %d", i + 1).isEqualTo(201);
		}

		Citizen.Response refused = submitFrom(address, Map.of());
		Citizen.Response english = submitFrom(address, Map.of("Accept-Language", "en"));
		Citizen.Response other = submitFrom(newAddress(), Map.of());

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		// 3 an hour, refilled evenly: the next place is free within 20 minutes.
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 20 * 60L);
		assertThat(refused.json().get("status").asInt()).isEqualTo(429);
		assertThat(refused.json().get("title").asText()).isEqualTo("Terlalu banyak permintaan");
		assertThat(refused.json().get("detail").asText()).contains("Coba lagi setelah")
			.contains(refused.header("Retry-After") + " detik");
		assertThat(english.status()).isEqualTo(429);
		assertThat(english.json().get("title").asText()).isEqualTo("Too many requests");
		assertThat(other.status()).isEqualTo(201);
	}

	@Test
	void guessesAtOneComplaintsCodeFromManyAddressesAreLimitedPerTrackingNumber() {
		Citizen.Receipt receipt = receiptFrom(newAddress());
		Citizen.Receipt another = receiptFrom(newAddress());
		String path = "/api/complaints/" + receipt.trackingNumber();

		// A distributed guesser: every guess from a new address.
		for (int i = 0; i < 3; i++) {
			assertThat(Citizen.get(this.port, path, guess(newAddress(), "ZZZZZZZZZ" + i)).status())
				.as("guess %d", i + 1)
				.isEqualTo(404);
		}
		Citizen.Response fourth = Citizen.get(this.port, path, guess(newAddress(), "ZZZZZZZZZ9"));
		Citizen.Response feedback = Citizen.post(this.port, path + "/feedback", Map.of("satisfied", true),
				guess(newAddress(), "ZZZZZZZZZ8"));
		// Held for the right code too, or the guesser would learn which guess was right.
		Citizen.Response rightCode = Citizen.get(this.port, path, guess(newAddress(), receipt.accessCode()));
		Citizen.Response otherNumber = Citizen.get(this.port, "/api/complaints/" + another.trackingNumber(),
				guess(newAddress(), another.accessCode()));

		assertThat(fourth.status()).isEqualTo(429);
		assertThat(Long.parseLong(fourth.header("Retry-After"))).isBetween(1L, 20 * 60L);
		assertThat(feedback.status()).isEqualTo(429);
		assertThat(rightCode.status()).isEqualTo(429);
		assertThat(otherNumber.status()).isEqualTo(200);
	}

	@Test
	void theRightCodeNeverUsesUpTheNumbersShareButOneAddressTracksOnlySoOften() {
		Citizen.Receipt receipt = receiptFrom(newAddress());
		String path = "/api/complaints/" + receipt.trackingNumber();
		String address = newAddress();

		for (int i = 0; i < 5; i++) {
			assertThat(Citizen.get(this.port, path, guess(address, receipt.accessCode())).status())
				.as("look-up %d", i + 1)
				.isEqualTo(200);
		}
		Citizen.Response sixth = Citizen.get(this.port, path, guess(address, receipt.accessCode()));
		Citizen.Response elsewhere = Citizen.get(this.port, path, guess(newAddress(), receipt.accessCode()));

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.header("Retry-After")).isNotNull();
		assertThat(elsewhere.status()).isEqualTo(200);
	}

	@Test
	void bucketsKeepNoAddressAndTheirRowsGoOnceTheyAreFullAgain() {
		Set<String> before = Set.copyOf(ids());
		String address = newAddress();
		long start = System.currentTimeMillis();
		submitFrom(address, Map.of());
		List<String> ours = ids().stream().filter((id) -> !before.contains(id)).toList();

		assertThat(ours).singleElement().satisfies((id) -> assertThat(id).startsWith("s:").doesNotContain(address));
		String id = ours.get(0);
		// One of 3 places an hour taken: the bucket is full again after 20 minutes, and
		// its row may go then.
		long expiresAt = this.jdbc.queryForObject("select expires_at from rate_limit_bucket where id = ?", Long.class,
				id);
		assertThat(expiresAt).isBetween(start + 19 * 60_000L, System.currentTimeMillis() + 20 * 60_000L);
		String state = new String(
				this.jdbc.queryForObject("select state from rate_limit_bucket where id = ?", byte[].class, id),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(state).doesNotContain(address);

		this.limits.removeExpired();
		assertThat(ids()).contains(id);

		// Twenty minutes later, as far as the row can tell.
		this.jdbc.update("update rate_limit_bucket set expires_at = ? where id = ?", System.currentTimeMillis() - 1,
				id);
		this.limits.removeExpired();

		assertThat(ids()).doesNotContain(id);
	}

	private List<String> ids() {
		return this.jdbc.queryForList("select id from rate_limit_bucket", String.class);
	}

	private Citizen.Receipt receiptFrom(String address) {
		Citizen.Response response = submitFrom(address, Map.of());
		assertThat(response.status()).isEqualTo(201);
		return new Citizen.Receipt(response.json().get("trackingNumber").asText(),
				response.json().get("accessCode").asText());
	}

	private Citizen.Response submitFrom(String address, Map<String, String> headers) {
		Map<String, String> all = new HashMap<>(headers);
		all.put("X-Forwarded-For", address);
		return Citizen.post(this.port, "/api/complaints", Citizen.validComplaint(), all);
	}

	private static Map<String, String> guess(String address, String code) {
		return Map.of("X-Forwarded-For", address, "X-Access-Code", code);
	}

	/** Addresses of the documentation range 203.0.113.0/24 and beyond, one per call. */
	static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
	}

}
