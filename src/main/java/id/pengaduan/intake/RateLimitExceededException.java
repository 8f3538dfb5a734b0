package id.pengaduan.intake;

import java.time.Duration;

/**
 * A client address or a tracking number has used up its requests for now; the API answers
 * 429 problem+json, the pages a message beside the form, both with {@code Retry-After}.
 */
public class RateLimitExceededException extends RuntimeException {

	private final Duration retryAfter;

	RateLimitExceededException(Duration retryAfter) {
		super("rate limit exceeded, retry after " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until a request may succeed again (at least 1). */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

	/** Whole minutes, as the pages tell the citizen (at least 1). */
	public long retryAfterMinutes() {
		return (retryAfterSeconds() + 59) / 60;
	}

}
