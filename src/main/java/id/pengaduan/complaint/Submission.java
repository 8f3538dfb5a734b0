package id.pengaduan.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What arrives with a new complaint, already validated by the channel that received it;
 * {@code language} is the one the citizen used ({@code id} or {@code en}), and
 * {@code mailAccessCode} says he asked for his access code by email.
 */
public record Submission(Channel channel, Category category, String regionCode, String location, Double latitude,
		Double longitude, LocalDate eventDate, String description, Complainant complainant, boolean anonymous,
		boolean confidential, String requestedSkpd, List<Attachment> attachments, String language,
		boolean mailAccessCode) {

	/**
	 * No event before the Republic's first day concerns one of its public services; an
	 * earlier date (year 0, 0202 for 2020) is a typing error.
	 */
	public static final LocalDate EARLIEST_EVENT_DATE = LocalDate.of(1945, 8, 17);

	/** Messages to the citizen are Indonesian unless he used the portal in English. */
	public static final String DEFAULT_LANGUAGE = "id";

	public Submission {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		language = "en".equals(language) ? "en" : DEFAULT_LANGUAGE;
	}

	/** In Indonesian, the access code not mailed: counters, the demo and the tests. */
	public Submission(Channel channel, Category category, String regionCode, String location, Double latitude,
			Double longitude, LocalDate eventDate, String description, Complainant complainant, boolean anonymous,
			boolean confidential, String requestedSkpd, List<Attachment> attachments) {
		this(channel, category, regionCode, location, latitude, longitude, eventDate, description, complainant,
				anonymous, confidential, requestedSkpd, attachments, DEFAULT_LANGUAGE, false);
	}

}
