package id.pengaduan.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What arrives with a new complaint, already validated by the channel that received it.
 */
public record Submission(Channel channel, Category category, String regionCode, String location, Double latitude,
		Double longitude, LocalDate eventDate, String description, Complainant complainant, boolean anonymous,
		boolean confidential, String requestedSkpd, List<Attachment> attachments) {

	/**
	 * No event before the Republic's first day concerns one of its public services; an
	 * earlier date (year 0, 0202 for 2020) is a typing error.
	 */
	public static final LocalDate EARLIEST_EVENT_DATE = LocalDate.of(1945, 8, 17);

	public Submission {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

}
