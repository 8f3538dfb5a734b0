package id.pengaduan.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * What arrives with a new complaint, already validated by the channel that received it.
 */
public record Submission(Channel channel, Category category, String regionCode, String location, Double latitude,
		Double longitude, LocalDate eventDate, String description, Complainant complainant, boolean anonymous,
		boolean confidential, String requestedSkpd, List<Attachment> attachments) {

	public Submission {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

}
