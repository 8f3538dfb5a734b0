package id.pengaduan.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ChallengeTests {

	private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	private final Challenge challenge = challenge("rahasia-uji", Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void theRightSumPassesAndAWrongOneDoesNot() {
		Challenge.Question question = this.challenge.issue();
		String sum = String.valueOf(question.a() + question.b());

		assertThat(this.challenge.check(question.token(), " " + sum + " ")).isEqualTo(Challenge.Outcome.PASSED);
		assertThat(this.challenge.check(question.token(), sum + "1")).isEqualTo(Challenge.Outcome.WRONG);
		assertThat(this.challenge.check(question.token(), null)).isEqualTo(Challenge.Outcome.WRONG);
	}

	@Test
	void theTokenDoesNotGiveTheAnswerAway() {
		Challenge.Question question = this.challenge.issue();

		assertThat(question.token()).startsWith(question.a() + "." + question.b() + ".");
		assertThat(question.token().split("\\.")).hasSize(5);
	}

	@Test
	void aChangedQuestionOrAnotherSecretIsRefused() {
		Challenge.Question question = this.challenge.issue();
		String[] parts = question.token().split("\\.");
		String changed = String.join(".", "1", "1", parts[2], parts[3], parts[4]);
		Challenge other = challenge("lain", Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(this.challenge.check(changed, "2")).isEqualTo(Challenge.Outcome.INVALID);
		assertThat(other.check(question.token(), String.valueOf(question.a() + question.b())))
			.isEqualTo(Challenge.Outcome.INVALID);
		assertThat(this.challenge.check("bukan-token", "2")).isEqualTo(Challenge.Outcome.INVALID);
		assertThat(this.challenge.check(null, "2")).isEqualTo(Challenge.Outcome.INVALID);
	}

	@Test
	void aQuestionExpiresAfterTwoHours() {
		Challenge.Question question = this.challenge.issue();
		String sum = String.valueOf(question.a() + question.b());
		Challenge later = challenge("rahasia-uji",
				Clock.fixed(NOW.plus(Challenge.LIFETIME).plus(Duration.ofSeconds(1)), ZoneOffset.UTC));

		assertThat(later.check(question.token(), sum)).isEqualTo(Challenge.Outcome.EXPIRED);
	}

	@Test
	void aQuestionAskedByOneNodeIsCheckedByAnotherWithTheSameSettings() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		Challenge nodeA = new Challenge(properties(null), clock);
		Challenge nodeB = new Challenge(properties(" "), clock);
		Challenge.Question question = nodeA.issue();

		assertThat(nodeB.check(question.token(), String.valueOf(question.a() + question.b())))
			.isEqualTo(Challenge.Outcome.PASSED);
		assertThat(properties(null).toString()).doesNotContain(PortalProperties.DEMO_SECRET);
	}

	@Test
	void outsideTheDemoTheApplicationRefusesToStartWithoutASecretOfItsOwn() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ChallengeSecretGuard(properties(null)).afterPropertiesSet())
			.withMessageContaining("PENGADUAN_CHALLENGE_SECRET");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ChallengeSecretGuard(properties("kurang-panjang")).afterPropertiesSet());
		assertThatNoException().isThrownBy(
				() -> new ChallengeSecretGuard(properties("q8Vd3kZt0WmX4rYp7LsN2bHc6FjG9eTa")).afterPropertiesSet());
	}

	private static Challenge challenge(String secret, Clock clock) {
		return new Challenge(properties(secret), clock);
	}

	private static PortalProperties properties(String secret) {
		return new PortalProperties(secret, DataSize.ofMegabytes(5), 3, 10, 50_000_000L);
	}

}
