package id.pengaduan.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizen's endpoints, under {@code pengaduan.intake}: how often one
 * client address may submit and track, and how many wrong access codes one tracking
 * number takes (API and pages count together).
 *
 * @param rateLimitSecret key of the HMAC that turns a client address into a bucket key
 * (addresses are personal data and never stored); the same value on every node, or each
 * node counts on its own; the demo (one node) generates one at start, anywhere else
 * {@link RateLimits} refuses to start without it
 * @param submitLimit complaints one address may submit per {@code submitWindow}: a
 * citizen files one or two, a family or an office behind one address a few more; every
 * complaint costs a process, its timers and its clocks
 * @param submitWindow the window of {@code submitLimit}
 * @param trackingLimit tracking requests (look-ups, replies, survey) one address may make
 * per {@code trackingWindow}: a visit takes 2 to 4, an app polling every minute 60 an
 * hour; a guesser from one address gets no more than this many tries at any code
 * @param trackingWindow the window of {@code trackingLimit}
 * @param wrongCodeLimit wrong access codes one tracking number takes per
 * {@code wrongCodeWindow}, from all addresses together: room for a citizen who mistypes;
 * against the ~49-bit code (31^10, on average 4·10^14 tries) a guesser with any number of
 * addresses needs some 5·10^9 years
 * @param wrongCodeWindow the window of {@code wrongCodeLimit}
 */
@ConfigurationProperties("pengaduan.intake")
record IntakeProperties(String rateLimitSecret, @DefaultValue("10") int submitLimit,
		@DefaultValue("PT1H") Duration submitWindow, @DefaultValue("120") int trackingLimit,
		@DefaultValue("PT1H") Duration trackingWindow, @DefaultValue("10") int wrongCodeLimit,
		@DefaultValue("PT1H") Duration wrongCodeWindow) {

	@Override
	public String toString() {
		return "IntakeProperties[rateLimitSecret=***, submit=%d/%s, tracking=%d/%s, wrongCodes=%d/%s]".formatted(
				this.submitLimit, this.submitWindow, this.trackingLimit, this.trackingWindow, this.wrongCodeLimit,
				this.wrongCodeWindow);
	}

}
